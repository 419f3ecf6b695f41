"""The built-in escalation detectors, as data: signals and suppressors per flag.

Every pattern runs on folded text (NFKC, lower case; see :mod:`guardrails.context`), so it
is written in lower case with half-width letters and digits. A signal is evidence *for* a
flag; a suppressor is context that shows the same words used innocently (a lawyer who is a
friend, reviews that were read, a heater that was "fired up"). Suppressors are checked in the
clause of the signal; negation is handled generically by the engine for every signal whose
``negatable`` is true.

Weights add up per flag; a flag is raised at 1.0. Strong, unambiguous wording weighs 1.0;
wording that only counts together with something else (a bare "ふざけるな", a demand for
"誠意") weighs less, so that one angry sentence about a real fault does not read as
harassment (LABELING.md, MHLW manual).
"""

from __future__ import annotations

import operator
import re
import re._constants as _c
import re._parser as _parser
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from guardrails.taxonomy import Severity

THRESHOLD = 1.0


@dataclass(frozen=True)
class Signal:
    """A pattern that is evidence for a flag.

    Attributes:
        flag: The taxonomy flag it supports.
        pattern: Compiled regex over folded text.
        weight: Contribution to the flag's score; the flag is raised at ``THRESHOLD``.
        kind: A short name for the reason shown to the agent ("lawsuit", "insult", ...).
        severity: A severity this evidence implies (an injury is worse than a smell), or
            ``None`` for the flag's default.
        negatable: Whether a negation in the clause cancels it. Insults are not negatable
            ("not that you'd understand, idiot").
    """

    flag: str
    pattern: re.Pattern[str]
    weight: float = 1.0
    kind: str = ""
    severity: Severity | None = None
    negatable: bool = True


@dataclass(frozen=True)
class Suppressor:
    """Context that shows a flag's words used innocently.

    Attributes:
        flag: The flag whose signals it cancels, or ``"*"`` for every flag.
        pattern: Compiled regex over folded text.
        scope: ``"clause"``: cancels signals close by in the same clause; ``"overlap"``:
            cancels only signals its match overlaps or touches; ``"text"``: cancels the flag's
            signals anywhere in the text (a reframing such as "I'm writing as a regular
            customer" holds for the whole message).
    """

    flag: str
    pattern: re.Pattern[str]
    scope: str = "clause"


@dataclass
class Lexicon:
    """All built-in signals and suppressors, grouped by flag."""

    signals: dict[str, list[Signal]] = field(default_factory=dict)
    suppressors: dict[str, list[Suppressor]] = field(default_factory=dict)
    gate: Gate | None = None


def _s(
    flag: str,
    pattern: str,
    weight: float = 1.0,
    kind: str = "",
    severity: Severity | None = None,
    negatable: bool = True,
) -> Signal:
    return Signal(flag, re.compile(pattern, _FLAGS), weight, kind, severity, negatable)


def _x(flag: str, pattern: str, scope: str = "clause") -> Suppressor:
    return Suppressor(flag, re.compile(pattern, _FLAGS), scope)


# ASCII semantics for \b, \w, \d: the text is folded (full-width letters and digits are
# already ASCII), a boundary between "nite" and 「に」 is a word boundary, and ASCII-only
# boundary checks are several times faster than Unicode ones on long texts.
_FLAGS = re.ASCII

# Fragments shared by several patterns.
_EN_I = r"(?:i|we)(?:'ll|'m|'ve|'d| will| am| have| would| shall| are)?"
_NUM_EN = r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens? of|several|multiple|many|countless|numerous)"
_NUM_JA = r"(?:[3-9]|[1-9]\d|三|四|五|六|七|八|九|十|何|数)"

SIGNALS: list[Signal] = [
    # ----------------------------------------------------------------- legal_threat
    _s(
        "legal_threat",
        r"訴えた(?:る|ろ)|訴えんで|裁判(?:や|だ|です|沙汰|に(?:する|します|したる|なる|持ち込)|を(?:起こ|する))",
        kind="lawsuit",
    ),
    _s(
        "legal_threat",
        r"\b(?:ask(?:ed|ing)?|told|tell(?:ing)?|email(?:ed|ing)?|phon(?:ed|ing)|writ(?:ten|ing) to|wrote to|been in touch with|get(?:ting)? in touch with|went to|going to) (?:my|a|our) (?:lawyer|attorney|solicitor|legal (?:counsel|team))s?\b",
        kind="lawyer",
    ),
    _s(
        "legal_threat",
        r"訴え(?:る|ます|て(?:や|や|も|ま|い)|ること|させ|たい|出る)|訴訟|提訴|裁判(?:を起こ|にする|で争|沙汰|所)|法的(?:な)?(?:措置|手段|手続|対応|処置|に(?:訴|争|対処))|顧問(?:の)?(?:先生|弁護士)(?:と|に|へ|から)",
        kind="lawsuit",
    ),
    _s(
        "legal_threat",
        r"出るところに出|出る所に出|法廷で|告訴|少額訴訟|民事調停|損害賠償(?:請求)?(?:訴訟|を起こ)",
        kind="lawsuit",
    ),
    _s("legal_threat", r"内容証明", kind="formal notice"),
    _s(
        "legal_threat",
        r"弁護士(?:さん|先生)?(?:に|へ|と|を通(?:じ|し)て|から|を立て|を入れ|を雇|に依頼|経由)(?:も)?(?:は)?.{0,6}?(?:相談|依頼|連絡|話|頼|お願い|任せ|確認|入って|来|送|立て|通|対応|検討)|弁護士を(?:立て|雇|入れ|つけ|付け)|顧問弁護士|代理人(?:弁護士|を通)",
        kind="lawyer",
    ),
    _s(
        "legal_threat",
        r"\bsu(?:e|ing|ed)\b(?! me\b)|\blaw ?suits?\b|\blitigation\b|\blegal (?:action|proceedings?|steps|recourse|route|claim)\b|\b(?:take|taking|took|drag|dragging|bring|bringing) (?:you|this|it|your (?:company|firm|business|shop|store)|the company|them)(?: guys| lot)? (?:all the way )?to court\b|\bsmall[- ]claims?\b|\bsee you in court\b|\bclass action\b|\bcourt case\b",
        kind="lawsuit",
    ),
    _s(
        "legal_threat",
        r"\b(?:contact|contacting|contacted|consult|consulting|consulted|hire|hiring|hired|call|calling|called|speak(?:ing)? (?:to|with)|spoken? (?:to|with)|talk(?:ing|ed)? (?:to|with)|get|getting|retain(?:ed)?|instruct(?:ed|ing)?|engag(?:e|ed|ing)|involv(?:e|ing)|forward(?:ed|ing)? (?:this|it) to|pass(?:ed|ing)? (?:this|it) (?:on )?to|bring(?:ing)? in|brought in) (?:a |an |my |our |the |with (?:a |my |our |the )?)?(?:family |own )?(?:lawyers?|lawyrs?|lawers?|laywers?|attorneys?|attourneys?|attorny|solicitors?|solicters?|legal (?:counsel|team|advisors?))\b",
        kind="lawyer",
    ),
    _s(
        "legal_threat",
        r"\b(?:my|our) (?:lawyer|attorney|solicitor|legal (?:counsel|team))s? (?:will|is|are|has|have|says?|said|advised|'ll|'s)|\b(?:letter|email|call|papers?|notice|correspondence) from (?:my|our) (?:lawyer|attorney|solicitor|legal)|\bthrough the courts?\b|\b(?:court|legal) proceedings\b|\blawyer(?:ing)? up\b|\bhear(?:ing)? from (?:my|our) (?:lawyer|attorney|solicitor)s?\b|\bletter before action\b|\bcease and desist\b|\bdemand letter\b",
        kind="lawyer",
    ),
    # ----------------------------------------------------------------- regulator
    _s(
        "regulator",
        r"個人情報保護委員会|(?<![a-z])(?:ppc|nite|ftc|cpsc|bbb|ico|fda)(?![a-z])|\bdata protection (?:authority|commissioner|regulator)\b|\binformation commissioner\b",
        kind="authority",
    ),
    _s(
        "regulator",
        r"(?:消費者|消費生活|国民生活)(?:相談)?(?:センター|窓口)|消費者庁|消費者ホットライン|188番?に|保健所|経産省|経済産業省|製品評価技術基盤機構|\bnite\b|公正取引委員会|公取|国土交通省|厚生労働省|厚労省|監督官庁|行政(?:に|へ)(?:相談|通報|報告|訴え)",
        kind="authority",
    ),
    _s(
        "regulator",
        r"警察(?:に|へ)(?:.{0,4})?(?:被害届|届け|通報|相談|行|連絡|訴え)|被害届",
        kind="police",
    ),
    _s(
        "regulator",
        r"\b(?:state |county |city |local )?consumer (?:protection|affairs|rights|council|centre|center|agency|authority|ombudsman|advice|watchdog|office|bureau|division)\b|\btrading standards\b|\bbetter business bureau\b|\bbbb\b|\bftc\b|\bcpsc\b|\bfederal trade commission\b|\battorney general\b|\bombudsman\b|\bregulators?\b|\bhealth department\b|\bdepartment of health\b|\bfood safety authority\b|\bfda\b|\bcma\b|\bofcom\b|\bofgem\b|\baccc\b|\bico\b",
        kind="authority",
    ),
    _s(
        "regulator",
        r"\b(?:report(?:ed|ing)?|complain(?:ed|ing)?|file[ds]? (?:a )?(?:complaint|report)) (?:you |this |it |your company )?(?:to|with) (?:the )?(?:authorities|police|government|regulators?|state|council)\b|\bpolice report\b|\bcall(?:ed|ing)? the police\b",
        kind="report",
    ),
    # ----------------------------------------------------------------- safety_incident
    _s(
        "safety_incident",
        r"\b(?:first|second|third|1st|2nd|3rd)[- ]degree burns?\b|\bburns? (?:on|to|all over) (?:my|his|her|their|the baby's|our)\b|\bblister(?:s|ed|ing)\b|\bscald(?:ed|s|ing)? (?:my|his|her|their|him|her|me)\b|\b(?:boiling|hot) water (?:went|spilled|splashed|poured|sprayed|shot|spurted) (?:all )?(?:over|onto|on)\b",
        kind="injury",
        severity="critical",
    ),
    _s(
        "safety_incident",
        r"熱湯が(?:かか|飛び|こぼれ|噴)|(?:お湯|蒸気)(?:が|で)(?:.{0,6})?(?:やけど|火傷|かか(?:り|って)(?:赤|腫|水ぶくれ))|水ぶくれ|水膨れ",
        kind="injury",
        severity="critical",
    ),
    _s(
        "safety_incident",
        r"発火|火が(?:出|つ|付|上が)|火花|炎が|燃え(?:た|て|出|始|ました)|火事|火災|出火|爆発|破裂",
        kind="fire",
        severity="critical",
    ),
    _s(
        "safety_incident",
        r"煙が(?:出|上が|立|噴)|煙を(?:出|吐|上げ)|発煙|焦げ臭|こげ臭|焦げくさ|焦げ(?:た|る)?(?:ような|みたいな)?(?:匂|臭|にお)|焼け(?:た|る)(?:ような|みたいな)?(?:匂|臭|にお)|黒く(?:焦げ|焼け|変色|なって(?:い|しま))|黒ずん|焦げ(?:て|た)(?:い|しま)|溶け(?:た|て)|焦げた(?=[。!?、\s]|$)|焦げました|焦げてい|焦げ跡|焦げ目が|バチッ|バチバチ|変形して|異臭|ゴムが焼ける|焼けるような(?:臭|匂|にお)|(?:本体|コード|プラグ|コンセント)が(?:異常に)?(?:熱く|熱い|高温)|過熱して|異常発熱|漏電|ショートし",
        kind="hazard",
        severity="high",
    ),
    _s(
        "safety_incident",
        r"やけど|火傷|怪我|ケガ|けが(?:を|し)|負傷|感電|ビリッと|しびれ(?:た|まし)|切り傷|切って(?:しま|血)|血が出|出血|骨折|救急(?:車|搬送|外来)|吐いた|吐いて(?!しまいたい)|吐きました|吐き続け|吐き戻|(?:腹痛|下痢|嘔吐|吐き気|発疹|じんましん|蕁麻疹|湿疹|かぶれ)|体調(?:を)?(?:崩|不良|が悪)|具合が悪く",
        kind="injury",
        severity="critical",
    ),
    _s(
        "safety_incident",
        r"異物(?:が)?(?:混入|が入|入り)|(?:金属片|ガラス片|破片|虫|髪の毛|プラスチック片|ネジ)(?:が|の)?(?:混入|入って|入ってい|出てき|浮いて)",
        kind="foreign object",
        severity="high",
    ),
    _s(
        "safety_incident",
        r"\b(?:caught|catch(?:es|ing)?) (?:on )?fire\b|\bburst into flames\b|\bflames?\b|\bsparks?(?:ed|ing|ling)?\b|\bon fire\b|\bexplod(?:ed|es|ing)\b|\bfire (?:broke out|started)\b|\bstarted a fire\b|\bset (?:the \w+ |my \w+ )?(?:on )?fire\b|\b(?:there was|there's been|caused|started|nearly started|almost started|had) (?:a |an )?(?:small |little |kitchen |electrical |minor )?fire\b|\ba (?:small|little|kitchen|electrical|minor) fire\b|\bignit(?:ed|es)\b",
        kind="fire",
        severity="critical",
    ),
    _s(
        "safety_incident",
        r"\b(?:smok(?:e|ed|ing|ey|y)|fumes)\b|\bmelt(?:ed|ing|s)?\b|\bmolten\b|\bscorch(?:ed|ing)?\b|\bburn(?:ing|t)? (?:smells?|odou?rs?|plastic)\b|\bsmell(?:s|ed|ing)? (?:of |like )?(?:burn|burning|smoke|melting)|\boverheat(?:ed|ing|s)\b|\b(?:got|gets|getting|became|is|was) (?:extremely |dangerously |too )?hot to (?:the )?touch\b|\bshort[- ]circuit(?:ed)?\b|\bscalding\b",
        kind="hazard",
        severity="high",
    ),
    _s(
        "safety_incident",
        r"\bburn(?:ed|t|s)? (?:my|his|her|their|our|the child's|my son's|my daughter's)\b|\b(?:got|suffered|have|has|had|left (?:me|him|her) with) (?:a |an |some |second[- ]degree |first[- ]degree |third[- ]degree |bad |serious |severe )?(?:burns?|blisters?|cuts?|injur(?:y|ies)|shock|rash|wounds?)\b|\binjur(?:ed|ing|ies)\b|\belectric(?:al)? shock\b|\belectrocut|\bshocked (?:me|him|her|my)\b|\bgot shocked\b|\bcut (?:my|his|her) (?:finger|hand|thumb|lip|mouth)\b|\bbleed(?:ing)?\b|\bfood poisoning\b|\b(?:got|became|fell|been|was|were|felt) (?:very |really |violently )?(?:sick|ill)\b|\bvomit(?:ed|ing)\b|\bdiarrh?o?ea\b|\bscalded\b",
        kind="injury",
        severity="critical",
    ),
    _s(
        "safety_incident",
        r"\b(?:piece|bit|shard|fragment|sliver|chunk|flake)s? of (?:glass|metal|plastic|wire|rubber|coating|teflon)\b.{0,40}\b(?:in|inside|into) (?:the |my |our |his |her )?(?:food|rice|water|kettle|pot|drink|tea|coffee|meal|soup|bowl|cup|bottle|mouth)\b|\b(?:glass|metal|plastic|black) (?:shards?|splinters?|fragments?|flakes?|bits)\b.{0,40}\b(?:in|inside|floating)\b|\b(?:piece of |bits? of |shard of |fragments? of )?(?:glass|metal|plastic|wire) (?:shards?|pieces?|fragments?|bits?)\b.{0,30}\b(?:in|inside|found)\b|\bfound (?:a |an |some )?(?:small |tiny |sharp |little )?(?:piece of |bits? of )?(?:glass|metal|plastic|hair|insect|bug|screw|foreign object)s?\b.{0,30}\b(?:in|inside)\b|\bforeign (?:object|body|matter)\b",
        kind="foreign object",
        severity="high",
    ),
    # ----------------------------------------------------------------- media_threat
    _s(
        "media_threat",
        r"(?:口コミ|クチコミ|レビュー|評価サイト|比較サイト|星1|星ひとつ|★1)(?:サイト|欄)?(?:に|で|へ)(?:も)?.{0,20}?(?:書(?:か|き|く|いて|きま|いたる|いてやる)|投稿|載せ|晒|公開|アップ)",
        kind="review",
    ),
    _s(
        "media_threat",
        r"(?:ニュース|新聞|テレビ|記事|週刊誌|メディア|ワイドショー)(?:に|で|へ)(?:も)?(?:出|載せ|流|取り上げ|売り込|タレ込|垂れ込|告発|投稿|持ち込)|タレコ|垂れ込",
        kind="press",
    ),
    _s(
        "media_threat",
        r"\b(?:take|taking|took|send|sending|sent|go|going|bring|bringing|sell|selling)\b.{0,24}\bto (?:the )?(?:local |national |consumer )?(?:press|media|papers?|newspapers?|news|tv|television|journalists?|reporters?|telly)\b|\b(?:the )?(?:press|media|papers?|newspapers?|news|guardian|times|telegraph|daily mail|bbc|itv|cnn|nhk|journalists?|reporters?|watchdog|tv|local news)\b (?:will|are going to|is going to|'ll|shall) (?:hear|know|learn|find out|get|be told|be (?:hearing|interested))\b",
        kind="press",
    ),
    _s(
        "media_threat",
        r"\beveryone (?:should|will|needs to|is going to|deserves to|must|has to) (?:know|hear|see|find out)\b|\blet (?:everyone|the world|people|the internet|all my followers) (?:know|see)\b|\bthread incoming\b|\bthe (?:world|internet) (?:will|should|is going to) (?:know|see|hear)\b|\bnext (?:stop|step)(?: is|:| will be)? (?:twitter|x|social media|the press|facebook|reddit|tiktok|instagram|the news|youtube|the media|trustpilot)\b|\b(?:post|posting|share|sharing|publish|publishing|put|putting|spread(?:ing)?)\b.{0,40}\b(?:everywhere|all over (?:the (?:internet|web)|social media)|every (?:review )?(?:site|platform|forum)|on (?:review|every) sites?|on all (?:the )?(?:review sites|platforms|social media))\b",
        kind="going public",
    ),
    _s(
        "media_threat",
        r"(?:sns|ネット|インターネット|twitter|ツイッター|x|インスタ|instagram|facebook|フェイスブック|tiktok|youtube|ユーチューブ|掲示板|ブログ|5ch|2ch|知恵袋|ヤフコメ)(?:\([^)]{0,12}\))?(?:上)?(?:で|に|へ)(?:も|は)?(?:全部|すべて|この件|この対応|一部始終|このこと|事実|実名で|顛末)?(?:を)?(?:拡散|晒|さら|書き込|書く|書いて|書きます|書か|投稿|載せ|上げ|アップ|公開|暴露|発信|流|告発|ポスト)",
        kind="social media",
    ),
    _s(
        "media_threat",
        r"拡散(?:する|します|してやる|させ|希望|しても)|(?:口コミ|ネット|sns|みんな|世間)(?:で|に)(?:広め|知らせ|知って(?:もら|ほしい))|広めて(?:やる|やります)|晒(?:す|します|してやる|しあげ|され)|さらしてやる|炎上(?:させ|させる|させます|するぞ|しますよ)|告発(?:する|します|してやる)|暴露(?:する|します|してやる)",
        kind="going public",
    ),
    _s(
        "media_threat",
        r"(?:口コミ|クチコミ|レビュー|評価|星1|星ひとつ|星一つ|★1|低評価)(?:サイト)?(?:に|で|へ|を|は)?(?:も)?(?:全部|正直に|この件|この対応|事実)?(?:を)?(?:書|投稿|載せ|つけ|付け|残|入れ|アップ)(?!いてあ|かれて|いたら|かれた|いてい)",
        kind="review",
    ),
    _s(
        "media_threat",
        r"マスコミ|報道機関|テレビ局|新聞社|週刊誌|メディア(?:に|へ)|記者(?:に|へ)|ニュースに(?:する|して|なる)|取材",
        kind="press",
    ),
    _s(
        "media_threat",
        r"\b(?:post(?:ing)?|share|sharing|put(?:ting)?|blast(?:ing)?|plaster(?:ing)?|tweet(?:ing)?|broadcast(?:ing)?|spread(?:ing)?|publish(?:ing)?|write (?:about )?(?:this|it)|talk(?:ing)? about (?:this|it)|vent(?:ing)?)\b.{0,40}\b(?:on|to|all over|across) (?:social media|twitter|x|facebook|instagram|tiktok|reddit|youtube|linkedin|the internet|online|my (?:blog|channel|followers|page|account))\b",
        kind="social media",
    ),
    _s(
        "media_threat",
        r"\b(?:go(?:ing)?|went) (?:public|viral|to the (?:press|media|papers|news))\b|\bmake (?:this|it|sure this) (?:go )?viral\b|\b(?:this|it|that|everything|the whole (?:thing|story)) (?:is|'s) going (?:on|up on|onto|to|all over) (?:facebook|twitter|x|instagram|tiktok|reddit|youtube|social media|the internet|my blog|my channel)\b|\b(?:tell|contact(?:ing)?|call(?:ing)?|alert(?:ing)?|inform(?:ing)?) (?:the )?(?:press|media|news(?:papers?)?|journalists?|reporters?|tv|local news|bbc|consumer (?:programme|program|show))\b|\bexpose (?:you|your company|this|what)\b|\bwarn (?:everyone|everybody|others|other (?:customers|people|buyers))\b|\beveryone (?:will|is going to) (?:know|hear)\b|\bname and shame\b|\b(?:tell|telling|warn|warning|let) (?:all )?(?:of )?(?:my|our) (?:\d+k? )?(?:followers|subscribers|audience|readers|viewers)\b",
        kind="going public",
    ),
    _s(
        "media_threat",
        r"\b(?:leave|leaving|write|writing|post|posting|give|giving|put)\b.{0,25}\b(?:1|one|zero|0)[- ]star\b|\b(?:leave|leaving|write|writing|post|posting|give|giving)\b.{0,25}\b(?:bad|negative|terrible|scathing|honest|awful|horrible|damning|angry|brutal|detailed) reviews?\b|\breview(?:s)? everywhere\b|\b(?:on|to) (?:trustpilot|yelp|amazon reviews?|google reviews?|kakaku)\b",
        kind="review",
    ),
    # ----------------------------------------------------------------- customer_harassment
    _s(
        "customer_harassment",
        r"(?:担当者?|あなた|お前|おまえ|あんた|オペレーター|てめえ|貴様)の(?:家|自宅|実家|家族)の?(?:住所|場所|電話|電話番号)|直接(?:行って|行くから|乗り込)|話(?:を)?つけ(?:たる|てやる|に行く|に行ったる)|家(?:に|まで)行(?:ったる|ってやる|くからな)",
        kind="threat / staff details",
    ),
    _s(
        "customer_harassment",
        r"直筆の謝罪|全員(?:の|に|で|が)(?:謝罪|署名|土下座|頭を下げ)|二度と(?:ミス|間違い|失敗)(?:を)?しないと(?:約束|誓|一筆|書)|動画で撮って|謝罪(?:動画|会見)",
        kind="excessive demand",
    ),
    _s(
        "customer_harassment",
        r"\b(?:handwritten|hand-written|written|signed|notari[sz]ed|personal) (?:apology|apologies|letter of apology|oath|pledge)\b.{0,80}\b(?:signed|notari[sz]ed|every|each|all|never|promis|ceo|president|on video)\b|\bpromis(?:e|ing) (?:you'?ll|you will|to|that you'?ll) never (?:make|do|let)\b|\bfrom every (?:person|employee|member of staff|single one)\b|\b(?:which|what) (?:town|city|area|street|neighbou?rhood|suburb) (?:you|do you) live\b|\bwhere (?:you|do you) live\b|\b(?:your|your (?:manager|supervisor|boss)'s|(?:manager|supervisor|boss)'s) (?:personal|private|home) (?:mobile|cell|phone|number|email|address)\b|\b(?:i want|give me|tell me|what(?:'s| is)) your (?:full|real|home|last) name\b|\bmake sure you (?:lose|get fired from) your job\b|\bget you fired\b|\byou(?:'ll| will) lose your job\b|\bpathetic excuse for\b",
        kind="coercive demand",
    ),
    _s(
        "customer_harassment",
        r"(?:お前|おまえ|てめえ|てめぇ|てめー|あんた|貴様|きさま|オマエ)(?:ら|ら|たち|達)?(?:は|みたいな|なんか|の|が|も)?.{0,8}?(?:バカ|ばか|馬鹿|アホ|あほ|無能|役立たず|クズ|くず|カス|ゴミ|ごみ|ボケ|ぼけ|低能|能無し|間抜け|まぬけ|給料泥棒|死ね|消えろ)",
        kind="insult",
        negatable=False,
    ),
    _s(
        "customer_harassment",
        r"(?:バカ|ばか|馬鹿|アホ|あほ)(?:か|なの|じゃない|野郎|やろう|すぎ|社員|店員|会社|オペレーター|担当)|無能(?:な|だ|すぎ|社員|ども)|役立たず|給料泥棒|能無し|脳みそ|頭(?:が)?(?:悪い|おかしい|大丈夫)|クズ(?:社員|会社|ども|共|が)|死ね|しね(?:よ|!)|クソ(?:野郎|やろう|ジジイ|じじい|ババア|ばばあ|女|男|ガキ)|くそ(?:野郎|やろう|ったれ)|クソったれ|消えろ|辞めちまえ|やめちまえ|クビにしろ|首にしろ|低能|知恵遅れ|ボケが|カスが|ゴミ(?:みたいな)?(?:社員|対応|会社|が)",
        kind="insult",
        negatable=False,
    ),
    _s(
        "customer_harassment",
        r"(?<![ー])(?:バカ|ばか|馬鹿|アホ|あほ|ボケ|カス|クズ|無能|役立たず)(?:野郎|やろう|ども|たち|共)?(?:が|め)?(?:[!！]+)?(?=[、。!！?？\s…~ー」]|$)",
        kind="insult",
        negatable=False,
    ),
    _s(
        "customer_harassment",
        r"殺す|殺すぞ|ぶっ殺|殴(?:る|って|りに)|ぶん殴|刺す|火をつけ(?:る|てやる)|燃やしてやる|ただじゃ(?:済|す|お)ま?|覚えと(?:け|けよ|くから|くぞ)|覚えておけ|覚えてろ|顔(?:を|、)?覚えた|名前(?:を|、)?覚えた(?:から|ぞ)|夜道|家族がどうなって|後悔(?:する|させ)(?:ぞ|ことにな)|痛い目|どうなっても(?:知らない|しらない)|乗り込(?:む|んで|みます)|押しかけ|(?:会社|店|事務所)に(?:行く|行って|怒鳴り込)|怒鳴り込",
        kind="threat of harm",
        negatable=False,
    ),
    _s("customer_harassment", r"土下座", kind="土下座 demand", negatable=False),
    _s(
        "customer_harassment",
        r"(?:家|自宅|うち|宅)(?:まで|に|へ)(?:来|き|謝り|謝罪|菓子折り)|謝りに(?:来い|こい|来なさい|来て|来るべき|くるべき|きなさい)|(?:社長|役員|責任者|上司|上の人)(?:が|に)(?:直接)?(?:謝罪|謝り)に来(?:る|い|させ)|菓子折り|直接(?:来て|来い|謝りに)",
        kind="home-visit apology demand",
    ),
    _s(
        "customer_harassment",
        r"(?:担当者?|あなた|お前|おまえ|あんた|オペレーター|社員)の(?:フル)?(?:名前|氏名|フルネーム)(?:を)?(?:教えろ|言え|出せ|晒|さら|名乗れ)|名前を名乗れ|名を名乗れ|(?:担当者?|あなた|お前|おまえ|あんた|オペレーター|社員)の.{0,8}?(?:住所|電話番号|携帯|自宅|家族|顔写真|個人情報)",
        kind="staff personal details demand",
    ),
    _s(
        "customer_harassment",
        r"何時間でも|朝まで|納得するまで(?:電話|帰ら|切ら|話)|(?:電話|話)を切るな|切ったら(?:許さ|承知|訴え)|切らせない|帰さない|(?:毎日|毎朝|毎晩|何度でも|何回でも|一日中|24時間)(?:でも)?(?:電話|連絡|かけ|問い合わせ)(?:する|します|してやる|し続け|かけ|を)|電話し続け|かけ続け|[3-9]時間(?:以上|も)?(?:話|電話|待たせ|対応|拘束)",
        kind="binding / repeated calls",
    ),
    _s(
        "customer_harassment",
        r"一筆書|念書|誓約書|謝罪文を(?:書|出|よこ|送)|(?:上司|社長|責任者)の(?:直筆|署名)|謝罪広告|[1-9]?0倍|十倍|百倍|倍返し",
        kind="excessive demand",
    ),
    _s(
        "customer_harassment",
        r"誠意を(?:見せ|みせ|示せ)|誠意って(?:もの|何)|誠意(?:ある|の)対応(?:を)?(?:しろ|見せろ)",
        weight=0.6,
        kind="coercive demand",
        negatable=False,
    ),
    _s(
        "customer_harassment",
        r"(?:社長|会長|役員|偉い人|一番上)(?:を|に)(?:出せ|呼べ|出しなさい|代われ|かわれ|連れてこい)|上(?:の者|のやつ|の人間)?を出せ|責任者を出せ",
        weight=0.5,
        kind="authority demand",
        negatable=False,
    ),
    _s(
        "customer_harassment",
        r"ふざけるな|ふざけんな|なめてんの|なめてる(?:の|んじゃ)|舐めて(?:る|ん)|ナメて|なめんな|舐めるな|いい加減にしろ|黙れ|だまれ|うるせ|うるさい|てめえ|てめぇ|てめー|貴様|きさま|おまえ|お前|あんたら",
        weight=0.5,
        kind="abusive language",
        negatable=False,
    ),
    _s(
        "customer_harassment",
        r"\b(?:you|ya)(?:'re| are|re| r| guys are| people are| lot are)? (?:all |just |so |such |a |an |complete |completely |totally |fucking |f[\*\w]*ing |effing |frigging |bloody |absolutely |utterly |really |truly |the most |a bunch of |bunch of |nothing but |a pack of )*(?:idiots?|morons?|imbeciles?|stupid|dumb|useless|incompetent|pathetic|clowns?|losers?|retard(?:ed|s)?|brain ?dead|worthless|scum|trash|garbage|liars?|thie(?:f|ves)|crooks?|bitch(?:es)?|bastards?|assholes?|dickheads?|fools?|jokes?|morons?|halfwits?|numpties|cretins?)\b|\b(?:your|ur|the|that|this) (?:agents?|staff|employees?|reps?|representatives?|operators?|people|team|support (?:agent|staff|people|team)|guy|woman|man|girl|lady|person) (?:is|are|r|was|were) (?:all |just |so |such |a |an |complete |completely |totally |fucking |bloody |absolutely |utterly |a bunch of )*(?:idiots?|morons?|imbeciles?|stupid|dumb|useless|incompetent|pathetic|clowns?|retard(?:ed|s)?|brain ?dead|worthless|scum|liars?|bitch(?:es)?|bastards?|assholes?|fools?)\b|\b(?:stupid|dumb|useless|incompetent|pathetic|lazy|worthless|brainless) (?:idiot|moron|woman|girl|boy|staff|agents?|employees?|clowns?|monkeys?|bitch|bastard|cow|prick)s?\b|\bf+u+c*k+ (?:you|u|off)\b|\bscrew you\b|\bgo to hell\b|\bshut (?:up|your mouth)\b|\bget (?:me )?someone (?:with a brain|competent|who isn't an idiot)\b|\bare you (?:deaf|stupid|dumb|an idiot|thick|mental|brain ?dead|incompetent)\b",
        kind="insult",
        negatable=False,
    ),
    _s(
        "customer_harassment",
        r"\b(?:idiots?|morons?|imbeciles?|halfwits?|cretins?)\b",
        weight=0.6,
        kind="insult",
        negatable=False,
    ),
    _s(
        "customer_harassment",
        r"\b(?:i(?:'ll| will| am going to|'m going to|'m gonna| gonna)|we(?:'ll| will)) (?:find|hunt|track) (?:you|where you|out where you)\b|\bi know where you (?:live|work)\b|\bwatch your back\b|\byou(?:'ll| will) (?:regret|pay for) (?:this|it)\b|\bmake (?:you|you all|your staff) (?:regret|pay for) (?:this|it)\b|\b(?:kill|hurt|beat|punch|smash|destroy) you\b|\bcome down there and\b|\bshow up at your (?:office|store|shop|home|house)\b|\byou(?:'d| had) better (?:watch|be careful)\b|\bor else\b(?! i'?l?l? (?:ask|contact|return|cancel|go elsewhere|shop elsewhere))",
        kind="threat of harm",
        negatable=False,
    ),
    _s(
        "customer_harassment",
        r"\bon (?:your|their|his|her) knees\b|\bkneel\b|\bbeg (?:me )?for\b|\bgrovel\b|\bcome (?:to|round to|over to) my (?:house|home|place|flat|apartment) (?:and|to) (?:apologi[sz]e|say sorry|beg)|\bapologi[sz]e (?:to me )?in person at my\b|\bpersonally (?:come|visit)\b.{0,20}\b(?:apologi|sorry)|\bvisit my (?:home|house) (?:and|to) apologi",
        kind="humiliating apology demand",
    ),
    _s(
        "customer_harassment",
        r"\b(?:give|tell|send) me (?:your|the agent's|his|her) (?:full |real |home |personal |last |family )(?:name|address|phone|number|details)\b|\bwhat(?:'s| is) your (?:home address|real name|full name|personal (?:number|phone))\b|\bwhere do you live\b|\b(?:i want|give me) your (?:employee (?:id|number)|surname) so\b",
        kind="staff personal details demand",
    ),
    _s(
        "customer_harassment",
        r"\b(?:i(?:'ll| will|'m going to|'m gonna| am going to)) (?:keep|be) (?:calling|ringing|emailing|phoning|messaging)\b|\bcall(?:ing)? (?:you )?every (?:hour|day|single day|morning|night)\b|\bi(?:'m| am) not (?:hanging up|getting off (?:the|this) (?:phone|line|call)|leaving)\b.{0,20}\b(?:until|till|unless)\b|\b(?:won't|will not) hang up\b|\bkeep you on (?:the|this) (?:phone|line)\b|\b(?:i(?:'ll| will)) (?:call|ring) (?:you )?(?:every|all) (?:day|night|hour)\b",
        kind="binding / repeated calls",
    ),
    _s(
        "customer_harassment",
        r"\b(?:ten|10|twenty|20|a hundred|100) times (?:the|what i paid|the price|the cost|that)\b|\bwritten (?:oath|pledge|apology signed)\b|\bsigned (?:letter of )?apology from (?:your|the) (?:ceo|president|boss)\b|\bfire (?:her|him|that agent|the agent|that (?:woman|man|guy|girl)|whoever)\b|\b(?:get|have) (?:her|him|that agent|the agent|them) fired\b|\b(?:want|demand|expect)\b.{0,40}\b(?:fired|sacked|dismissed)\b",
        kind="excessive demand",
    ),
    # ----------------------------------------------------------------- privacy_incident
    _s(
        "privacy_incident",
        r"(?:他人|他の人|別の人|知らない人|見知らぬ人|第三者|他のお客様?|違う人)(?:に|へ|宛て?に)(?:.{0,6})(?:私|わたし|自分|うち|母|父|妻|夫)の(?:名前|氏名|住所|電話番号|個人情報|注文|情報|購入履歴)|(?:私|自分)(?:では|じゃ)(?:ない|なく)(?:方|人|別人|他の方)の(?:氏名|名前|住所|電話番号|注文|情報|個人情報|メール)|(?:他人|他の人|別の人|知らない人|第三者|他のお客様?|違う人)(?:様)?の(?:購入履歴|注文履歴|履歴|個人データ|写真|カード情報|会員情報|マイページ|メールアドレス)|どこで(?:私の|うちの)?(?:住所|電話番号|メールアドレス|個人情報|名前|連絡先)を(?:知|入手|手に入れ|調べ)|(?:登録|同意|許可)した覚え(?:も|が|は)?(?:ない|ありません)",
        kind="someone else's data",
    ),
    _s(
        "privacy_incident",
        r"\b(?:invoice|receipt|label|parcel|package|order|email|confirmation|delivery note|packing slip|statement|letter|documents?)s?\b.{0,40}\b(?:was |were |is |are )?(?:for|to|addressed to|meant for|belongs? to|belonging to|with the (?:name|details) of) (?:someone|somebody|a stranger|another (?:customer|person)|a different (?:customer|person))(?: else)?\b|\b(?:sent|send|sending|gave|given|shared|showed|shown|disclosed|emailed|mailed|delivered|forwarded|posted)\b.{0,100}\bto (?:a stranger|someone else|somebody else|another (?:customer|person)|the wrong (?:person|customer|email|address)|a third party|strangers|my (?:neighbou?r|ex))\b|\bhow did you (?:get|find|obtain) my (?:address|number|phone|email|details|information|data)\b|\bi never gave (?:you|your company) my\b",
        kind="someone else's data",
    ),
    _s(
        "privacy_incident",
        r"個人情報(?:が|を)?(?:漏|流出|もれ|洩|悪用|売|勝手|第三者|他人|外部)|情報漏(?:洩|えい|れ)|情報(?:が)?(?:漏れ|もれ|洩れ)(?:て|た)|漏洩|漏えい|流出(?:し|した|して|している)",
        kind="data leak",
    ),
    _s(
        "privacy_incident",
        r"(?:他人|他の人|他の方|ほかの方|別の方|別の人|知らない人|見知らぬ人|別人|他のお客|他の客|他の利用者|他の会員|第三者|違う人)(?:様|さん)?(?:の|宛)(?:名前|氏名|住所|電話番号|注文|請求書|納品書|伝票|明細|個人情報|メール|荷物|データ|情報|アカウント|カード|購入履歴|注文履歴|アドレス|メールアドレス)|(?:cc|宛先|to)(?:に|欄に)(?:他|ほか)の",
        kind="someone else's data",
    ),
    _s(
        "privacy_incident",
        r"(?:私|わたし|自分|うち|母|父|妻|夫)の(?:名前|氏名|住所|電話番号|個人情報|注文|購入履歴|メールアドレス|情報)(?:が|を)(?:.{0,10}?)(?:他人|別の人|知らない人|第三者|他のお客|見られ|表示され|送られ|届い|載って|公開|漏|勝手)",
        kind="own data exposed",
    ),
    _s(
        "privacy_incident",
        r"不正(?:アクセス|ログイン|利用)|乗っ取|勝手に(?:ログイン|ログイン|注文|パスワード|アカウント)|身に覚えのない(?:ログイン|注文|アクセス|メール|請求)|同意(?:なく|なしに|していない|してないの)|許可なく(?:個人|私の|連絡先|メール)|勝手に(?:個人情報|私の|メールアドレス|電話番号|連絡先)",
        kind="account misuse",
    ),
    _s(
        "privacy_incident",
        r"\b(?:someone|somebody) else'?s (?:\w+ )?(?:name|address|order|invoice|receipt|details|data|information|info|parcel|package|account|email|phone|card)\b|\b(?:another|other) (?:customer|person|people|user)s?'?s? (?:full |whole |entire |complete )?(?:names?|address(?:es)?|orders?|invoices?|receipts?|details|data|information|info|parcels?|packages?|emails?|email address(?:es)?|phone numbers?|card)\b|\bstranger'?s? (?:name|address|details|order|invoice|receipt|parcel|package|data|information|card)\b|\baddressed to (?:someone|somebody|a stranger|another)\b",
        kind="someone else's data",
    ),
    _s(
        "privacy_incident",
        r"\bdata (?:breach|leak)|\b(?:leak(?:ed|ing|s)?|breach(?:ed)?) (?:of )?(?:my|our|your|customer|customers'|personal|private)? ?(?:data|details|information|info|records?|database|addresses|emails)\b|\b(?:data|details|information|info|records?|database|addresses|emails|passwords?) (?:has |have |had |was |were )?(?:been )?(?:leaked|breached)\b|\b(?:security|privacy) breach\b|\b(?:my|our|customers') (?:personal )?(?:data|details|information|info|address|email|phone number)\b.{0,30}\b(?:shared|exposed|sold|leaked|visible|shown|published|given|passed) (?:to|with|on|publicly)?\b|\b(?:hacked|compromised|unauthori[sz]ed (?:access|login|charge|purchase|order)|someone (?:logged|has logged|got) into my)\b|\b(?:account|email|profile|login)\b.{0,20}\b(?:accessed|used|logged into|opened|changed|taken over) by (?:a stranger|someone|somebody|another person|a third party)\b|\bwithout my (?:consent|permission)\b|\bi never (?:gave|agreed|consented)\b.{0,30}\b(?:data|details|email|number|consent|permission)\b",
        kind="data leak",
    ),
    # ----------------------------------------------------------------- compensation_over_limit (cash for consequential loss)
    _s(
        "compensation_over_limit",
        r"(?<!返金を|返金の)(?:(?:代金|代|費用|費|料金|分|お金)(?:を|も|は)?)(?:全額)?(?:払|支払)(?:って(?!い|る|き|た|お)|え|いなさい|うべき|わせ)|弁償代|修理代(?:を|も)?(?:払|支払|負担|出)|張り替え(?:代|費)|(?:払|支払)って(?:もら|くだ|下さ|ほし|欲し|いただ|頂)(?!.{0,6}(?:送料|返品|手数料))",
        kind="consequential loss",
    ),
    _s(
        "compensation_over_limit",
        r"\b(?:pay|cover|reimburse|compensate)(?: me| us)? (?:for|the cost of) (?:the |my |our |a )?(?:damage|damaged|ruined|stained|floor(?:ing|s)?|ceiling|walls?|carpet|rug|furniture|table|counter|worktop|catering|party|meal|takeaway|restaurant|neighbou?r'?s?|downstairs|repairs? to (?:my|the) (?:floor|wall|ceiling|house|flat|home|kitchen))\b|\bmedical bills?\b|\bvet bills?\b|\blost (?:wages|earnings|income|pay)\b|\b(?:time off|day off|days off) work\b",
        kind="consequential loss",
    ),
    _s(
        "compensation_over_limit",
        r"(?:慰謝料|迷惑料|休業補償|損害賠償|賠償金|補償金|見舞金|治療費|医療費|通院費|診察代|診察料|病院代|薬代|交通費|タクシー代|宿泊費|ホテル代|食材(?:費|代)?|食品代|食べ物|食料品|中身|クリーニング代|修理代|休んだ分|欠勤|有給|日当|時給|休業|損失|損害|被害額|精神的苦痛|手間賃|手間代|時間の損失|迷惑をかけられた分)(?:の分|分|も|は|を|について|に対して|として|の)?(?:も|を|は)?(?:.{0,12}?)(?:払|支払|請求|補償|賠償|弁償|出して|出せ|負担|要求|求め|よこせ|保証して|振り込|面倒を見|持って)",
        kind="consequential loss",
    ),
    _s(
        "compensation_over_limit",
        r"慰謝料|迷惑料|損害賠償|賠償(?:しろ|して|を求め|を請求|金)|弁償(?:しろ|して|を求め|を請求|させ|してもら)|補償(?:しろ|して(?:くだ|下|ほし|もら|ください)|を求め|を要求|を請求|金)",
        kind="compensation demand",
    ),
    _s(
        "compensation_over_limit",
        r"\b(?:compensat(?:e|ion|ed)|reimburs(?:e|ement|ed)|damages|pay(?:ing)? (?:me )?for|cover(?:ing)? (?:the cost of|the costs of|my|the)|pay (?:the|my)|paid (?:back )?for|refund (?:me )?for)\b.{0,40}\b(?:time|wages?|earnings|income|day off|days off|time off|leave|hotel|food|groceries|meat|fish|spoil(?:ed|t)|medical|doctor|hospital|vet|bills?|taxi|travel|transport|train|flight|missed|damaged|ruined|stained|carpet|floor|clothes|cleaning|inconvenience|trouble|suffering|distress|stress|hassle|everything|losses?|lost)\b",
        kind="consequential loss",
    ),
    _s(
        "compensation_over_limit",
        r"\b(?:i want|i expect|i demand|i'd like|i would like|i need|i'm owed|i am owed|i deserve|i'm entitled to|i am entitled to|seeking|requesting|request|claim(?:ing)?|owe me|give me|want)\b.{0,20}\b(?:compensation|damages|reimbursement)\b|\bpain and suffering\b|\b(?:emotional|mental) distress\b|\bpunitive\b|\bcompensation for\b",
        kind="compensation demand",
    ),
    # ----------------------------------------------------------------- repeat_contact
    _s(
        "repeat_contact",
        r"前回(?:も|の(?:問い合わせ|連絡|電話)(?:で|から|以降|では))|以前(?:も|に)(?:問い合わせ|連絡|電話|相談)(?:した|しました|していま)|先週も(?:電話|連絡|問い合わせ)|\b(?:was|were|been|got|had (?:it|this)) escalated\b",
        weight=0.5,
        kind="repeat contact",
    ),
    _s(
        "repeat_contact",
        rf"{_NUM_JA}(?:回|度)目(?:の|で|に|です|となり|になり|ですよ)?|{_NUM_JA}(?:回|度)(?:も|以上)(?:.{{0,6}})?(?:電話|連絡|問い合わせ|問合せ|メール|お問い合わせ|チャット|説明|伝え|言って|お願い|かけ|申し上げ|送|書|話)|何度目|何回目|(?:何度|何回|何べん|なんべん)(?:も|と|となく)(?:.{{0,10}}?)(?:電話|連絡|問い合わせ|問合せ|メール|お願い|伝え|説明|申し上げ|言って|チャット|催促|かけ|相談|送|窓口)|(?:再三|度重なる|度々の|たびたびの)(?:.{{0,6}}?)(?:電話|連絡|問い合わせ|問合せ|メール|お願い|依頼|催促|申し入れ|お伝え|説明|要望|申し出)|毎回同じ|(?:また|再び|またまた)(?:同じ(?:件|問題|こと|内容|症状))|エスカレ(?:ーション)?(?:された|して(?:もら|いた)|済み)|上(?:の方|司|長)に(?:上げ|回し|エスカレ)(?:て|た)(?:もら|いただ|くれ)?(?:った|いた|ました)?(?:のに|はず|けど|が)",
        kind="repeat contact",
    ),
    _s(
        "repeat_contact",
        rf"\b(?:{_NUM_EN}|3rd|4th|5th|6th|third|fourth|fifth|sixth|umpteenth|nth|hundredth|millionth)(?: (?:separate|different))? (?:calls?|emails?|messages?|chats?|attempts?|requests?|tickets?|complaints?)\b(?! (?:a|per|each|the|what|more|as|over|faster|longer|bigger|higher|larger|my|your|his|her)\b)|\b(?:for )?the (?:3rd|4th|5th|third|fourth|fifth|sixth|umpteenth|nth|hundredth|millionth|same) time\b|\b(?:again and again|over and over|time and (?:time )?again|yet again|repeatedly)\b|\b(?:kept|keep having to|have to keep) (?:calling|emailing|writing|contacting|chasing|asking|explaining)\b|\bescalated (?:before|previously|already|last time|it|this|my|to (?:a |the |your )?(?:supervisor|manager|team lead|specialist))\b|\balready (?:been )?escalated\b|\b(?:this is|that's|it's) (?:my|the) (?:\w+ )?(?:3rd|4th|5th|third|fourth|fifth|sixth|umpteenth) \b|\b(?:called|contacted|emailed|written|wrote|messaged|chatted|rang|phoned|reached out)\b.{{0,30}}\b(?:{_NUM_EN}|3|4|5|\d{{2}}) times\b|\b(?:called|contacted|emailed|messaged|rang|phoned|chased|reached out)\b.{{0,20}}\b(?:[3-9]|\d{{2}})x\b|\b(?:several|multiple|many|countless|numerous|three|four|five) (?:previous )?(?:calls|emails|messages|chats|contacts|attempts|tickets|complaints)\b",
        kind="repeat contact",
    ),
    # ----------------------------------------------------------------- vulnerable_customer
    _s(
        "vulnerable_customer",
        r"生きて(?:いる|る)のが(?:つらい|辛い|しんどい|嫌|いや|苦し)|生きるのが(?:つらい|辛い|しんどい|嫌|苦し)|もう(?:どうなっても|死んでも)いい|いなくなりたい",
        kind="self-harm",
        severity="critical",
        negatable=False,
    ),
    _s(
        "vulnerable_customer",
        r"救急車(?:を待|が来|を呼ん|で運ばれてい|に乗|を呼ぶ)|動けません|熱が(?:3[89]|4[0-2])度|誰にも頼れ|頼れる人(?:も|が)(?:い|おら)",
        kind="medical emergency",
        severity="critical",
    ),
    _s(
        "vulnerable_customer",
        r"今日は何(?:日|曜)|これは何の(?:機械|製品|道具)|何の機械|(?:わから|分から)ん(?:ように|ようになって)|なんべん(?:説明|聞い)|どこに電話(?:した|している)のか|誰と話して",
        kind="confusion",
        severity="high",
    ),
    _s(
        "vulnerable_customer",
        r"(?:寒さ|寒く|凍え|暑さ|熱中症)(?:で|て|が).{0,30}?(?:[6-9]\d歳|高齢|年寄り|老人|寝たきり|認知症|赤ちゃん|乳児)|(?:[6-9]\d|百)(?:歳|才)(?:の|で).{0,60}?(?:[0-9]+度しか|室温|凍え|震え|寒|暖房|ヒーターが(?:壊|使え|動か|つか)|外(?:に|へ)(?:も)?出られ|足が悪|動けな|熱中症)|(?:高齢|年寄り|老人|寝たきり|一人暮らし)(?:の|で)(?:母|父|祖母|祖父|親).{0,60}?(?:[0-9]+度しか|凍え|震え|寒|暖房が(?:な|使え|つか)|ヒーターが(?:壊|使え|動か|つか)|外(?:に|へ)(?:も)?出られ|動けな)",
        kind="person at risk",
        severity="critical",
    ),
    _s(
        "vulnerable_customer",
        r"\b(?:don't|do not|can't|cannot) see (?:the|any) point (?:in|of) (?:living|life|going on|being alive|anything)\b|\bcan't (?:do|take) (?:this|it) anymore\b.{0,60}\b(?:living|life|die|point)\b|\bi'?m done with (?:life|living)\b",
        kind="self-harm",
        severity="critical",
        negatable=False,
    ),
    _s(
        "vulnerable_customer",
        r"\b(?:not|isn't|isnt|wasn't|stopped|can't stop|not) breathing\b|\b(?:husband|wife|mother|father|mum|mom|dad|son|daughter|child|baby|kid|he|she|grandma|grandpa|grandmother|grandfather|partner|friend)(?:'s| has| had| just| suddenly| is)* (?:collapsed|passed out|fainted|unconscious|unresponsive|having a seizure|fitting|turning blue)\b|\bambulance (?:is|was called|on (?:its|the) way|coming)\b|\b(?:waiting for|called|calling) (?:an |the )?ambulance\b",
        kind="medical emergency",
        severity="critical",
    ),
    _s(
        "vulnerable_customer",
        r"\bplease help\b|\bhelp me,? please\b",
        weight=0.5,
        kind="acute distress",
        severity="high",
    ),
    _s(
        "vulnerable_customer",
        r"\bwhat (?:do|should|can) i do\b(?! (?:about|with|to get|if))",
        weight=0.4,
        kind="acute distress",
        severity="high",
    ),
    _s(
        "vulnerable_customer",
        r"\b(?:won't|can't|will not|cannot|doesn't|does not) stop (?:screaming|crying|shaking|bleeding)\b|\bscreaming in pain\b",
        weight=0.6,
        kind="acute distress",
        severity="high",
    ),
    _s(
        "vulnerable_customer",
        r"\bi don't know (?:which|what) (?:machine|thing|device|product|button) (?:this|it) is\b|\bwhat day is it\b|\bi (?:forgot|forget|can't remember) (?:what|why|who) (?:i|i'm|i was)\b",
        weight=0.6,
        kind="confusion",
        severity="high",
    ),
    _s(
        "vulnerable_customer",
        r"\bwho am i (?:talking|speaking) to\b|\bis (?:this|that) (?:the )?(?:bank|doctor|hospital|my son|my daughter)\b",
        weight=0.4,
        kind="confusion",
        severity="high",
    ),
    _s(
        "vulnerable_customer",
        r"\bi(?:'m| am) (?:[789]\d|1\d\d)(?: years old| years of age|-year-old)?\b|(?:私|わし|わたし)(?:は|も)?[789]\d(?:歳|才)",
        weight=0.5,
        kind="elderly",
        severity="high",
    ),
    _s(
        "vulnerable_customer",
        r"死にたい|しにたい|消えたい|消えてしまいたい|自殺|命を絶|生きてい(?:け|る意味|く意味|たくな)|生きる(?:意味|気力)|もう(?:限界|無理)で(?:す)?(?:.{0,6})(?:死|消え)|首を(?:吊|つ)|飛び降り|リストカット|自傷|楽になりたい",
        kind="self-harm",
        severity="critical",
        negatable=False,
    ),
    _s(
        "vulnerable_customer",
        r"息が(?:でき|苦し|しづら)|呼吸が(?:苦し|でき|おかし)|意識が(?:ない|なく|ありません|戻らな|もうろう|朦朧)|倒れ(?:て(?:しま|い|動|意識)|た(?:まま|まで)|ています|ました)|動けな(?:い|くな)|胸が(?:苦し|痛)|発作|けいれん|痙攣|救急車を呼|今すぐ(?:助け|救急)|助けて(?:ください|下さい|ほしい|!)",
        kind="medical emergency",
        severity="critical",
        negatable=False,
    ),
    _s(
        "vulnerable_customer",
        r"(?:高齢|年寄り|老人|寝たきり|[7-9]\d歳|百歳|90代|80代|70代|認知症|病気|病人|持病|障害|赤ちゃん|乳児|新生児|妊婦|妊娠|体の弱い|身体の不自由|透析|要介護|介護)(?:の|で|が|を|者)?.{0,30}?(?:寒|凍え|暖房が(?:な|使え|つか)|暑さ|熱中症|お湯が(?:な|出|使え)|危ない|危険|震え|体温)",
        kind="person at risk",
        severity="critical",
    ),
    _s(
        "vulnerable_customer",
        r"(?:何を(?:買った|注文した|した)のか|どこに(?:置いた|しまった)のか|どうやって(?:使う|ここに)のか)(?:.{0,4})(?:わから|分から|思い出せ|覚えて)|(?:わからなく|分からなく|思い出せなく)なって|記憶が(?:あいまい|曖昧|ない)|(?:母|父|祖母|祖父|親|夫|妻|本人|主人)(?:が|は|も)?認知症|認知症(?:の|で)(?:母|父|祖母|祖父|親|夫|妻)|物忘れがひど|息子(?:が|に)(?:いつも|普段)|(?:娘|息子)が(?:やって|してくれ)(?:いた|る)ので(?:わから|分から)",
        kind="confusion",
        severity="high",
    ),
    _s(
        "vulnerable_customer",
        r"(?:もう)?どうしていいか(?:わから|分から)(?:ない|ず).{0,10}(?:泣|涙|限界|眠れ|パニック)|泣いて(?:います|いる|ばかり)|涙が止まら|眠れな(?:い|くて)|パニック(?:で|に|状態)|(?:精神的に|心が)(?:限界|追い詰め|参って)|追い詰められ|一人暮らしで(?:頼れ|誰も)|頼れる人が(?:い|おら)",
        kind="acute distress",
        severity="high",
    ),
    _s(
        "vulnerable_customer",
        r"\b(?:i|i'm|i am)\b.{0,12}\b(?:want to|wanna|going to|gonna|thinking (?:about|of)|might|will) (?:die|kill myself|end (?:it all|my life|things)|hurt myself|harm myself)\b|\bkill myself\b|\bsuicid(?:e|al)\b|\bend(?:ing)? (?:it all|my life)\b|\bno (?:reason|point) (?:to|in) (?:live|living|go on|going on)\b|\bself[- ]harm\b|\bdon't want to (?:live|be alive|be here anymore)\b|\bcan't go on\b|\bbetter off dead\b",
        kind="self-harm",
        severity="critical",
        negatable=False,
    ),
    _s(
        "vulnerable_customer",
        r"\bcan(?:'t|not) breathe\b|\b(?:struggling|hard|difficult) to breathe\b|\b(?:is|was|has|have|she's|he's)\b.{0,12}\b(?:unconscious|unresponsive|collapsed|passed out|fainted|having a (?:seizure|heart attack|stroke))\b|\bchest pains?\b|\bcall(?:ing|ed)? (?:an ambulance|911|999|112|119)\b",
        kind="medical emergency",
        severity="critical",
    ),
    _s(
        "vulnerable_customer",
        r"\b(?:elderly|old|frail|sick|disabled|vulnerable|housebound|bedridden|diabetic|pregnant|newborn|infant|baby|(?:7|8|9)\d[- ]year[- ]old|in (?:her|his|their) (?:70|80|90)s|(?:mother|father|mum|mom|dad|grandmother|grandfather|grandma|grandpa|nan|gran|parents?) (?:has|with) (?:dementia|alzheimer'?s|copd|heart))\b.{0,60}\b(?:no heat(?:ing)?|without heat(?:ing)?|freezing|frozen|cold|hypothermia|heatstroke|no hot water|in danger|at risk|shivering|no way to (?:keep|stay) warm)\b|\b(?:no heat(?:ing)?|without heat(?:ing)?|freezing)\b.{0,60}\b(?:elderly|old|frail|sick|disabled|newborn|infant|baby|(?:7|8|9)\d[- ]year[- ]old|dementia)\b",
        kind="person at risk",
        severity="critical",
    ),
    _s(
        "vulnerable_customer",
        r"\b(?:i(?:'m| am)|i feel|i get) (?:so |very |really |a bit |quite )?(?:confused|muddled|lost)\b.{0,40}\b(?:don't|do not|can't|cannot) (?:remember|recall|understand|know)\b|\b(?:i )?(?:don't|do not|can't|cannot) remember (?:what|if|whether|ordering|buying|how)\b|\bmy (?:son|daughter|carer|caregiver|grandson|granddaughter) (?:usually|normally|always) (?:does|handles|helps)\b|\b(?:has|with|have|had|diagnosed with|suffers from|suffering from|living with) (?:early[- ]onset |early |mild |severe |advanced )?(?:dementia|alzheimer'?s|memory (?:problems|loss))\b",
        kind="confusion",
        severity="high",
    ),
    _s(
        "vulnerable_customer",
        r"\b(?:i(?:'m| am)|i feel)\b.{0,10}\b(?:at (?:the end of|breaking point|my wits'? end)|completely (?:desperate|hopeless|broken)|so desperate|hopeless|falling apart|in tears|crying|shaking|panicking|having a panic attack)\b|\b(?:can't|cannot) stop crying\b|\bi have no one (?:else )?(?:to|who)\b|\bhaven't slept\b",
        kind="acute distress",
        severity="high",
    ),
    # ----------------------------------------------------------------- more phrasing
    # Indirect, colloquial and compound wording that the per-flag lists above do not carry.
    _s(
        "vulnerable_customer",
        r"\bemergency\b(?! (?:room|contact|services? number|shut|stop|button|exit|mode|brake|light))|緊急(?:事態|です)",
        weight=0.5,
        kind="medical emergency",
        severity="critical",
    ),
    _s(
        "regulator",
        r"(?:しかるべき|然るべき|しかる|公的)(?:機関|ところ|所|筋|窓口)(?:に|へ)(?:相談|報告|通報|訴え|連絡|申し出)",
        kind="authority",
    ),
    _s(
        "safety_incident",
        r"(?:手|指|腕|足|顔|肌|皮膚|口|唇)(?:が|に|の)(?:赤く)?(?:腫れ|ただれ|ヒリヒリ|ひりひり|水ぶくれ|やけど)|蒸気(?:が|で)(?:当た|かか)(?:って|り|った|りました)",
        kind="injury",
        severity="critical",
    ),
    _s(
        "safety_incident",
        r"病院(?:に|へ|で)(?:行|運|搬|受診|かか)|入院|通院|\b(?:taken|rushed|went|go|going|had to go) to (?:the )?(?:hospital|er|a&e|emergency room|doctor)\b|\bhospitali[sz]ed\b",
        weight=0.5,
        kind="injury",
        severity="critical",
    ),
    _s(
        "repeat_contact",
        rf"\b(?:called|contacted|emailed|messaged|rang|phoned|chased|reached out)\b.{{0,20}}\b(?:[3-9]|\d{{2}})x\b|\b{_NUM_EN} times (?:i(?:'ve| have)|now i've|already i've) (?:called|contacted|emailed|written|phoned|rung|chatted)\b",
        kind="repeat contact",
    ),
    _s(
        "vulnerable_customer",
        r"\b(?:no heat(?:ing)?|without (?:any )?heat(?:ing)?|freezing|(?:it's|it is) (?:only )?-?\d{1,2} degrees|hypothermia|no way to (?:keep|stay) warm)\b|[0-9]+度しか|凍え|暖房(?:が|も)(?:な|使え|つか)|寒くて(?:眠れ|震え)",
        weight=0.5,
        kind="person at risk",
        severity="critical",
        negatable=False,
    ),
    _s(
        "vulnerable_customer",
        r"\blive(?:s)? (?:on (?:my|her|his) own|alone|by (?:my|her|him)self)\b|一人暮らし|独り暮らし|ひとり暮らし",
        weight=0.3,
        kind="person at risk",
        severity="high",
    ),
    _s(
        "vulnerable_customer",
        r"\b(?:crying|in tears) (?:all day|all night|for hours|non-?stop)\b|泣き(?:続け|っぱなし)|一日中泣",
        weight=0.6,
        kind="acute distress",
        severity="high",
    ),
    _s(
        "vulnerable_customer",
        r"\b(?:can't|cannot) cope\b|\bfalling apart\b|\bbreaking down\b|もう耐えられ",
        weight=0.6,
        kind="acute distress",
        severity="high",
    ),
    _s(
        "vulnerable_customer",
        r"疲れ果て|もう(?:限界|無理)です|心が折れ|\b(?:exhausted|worn out|at the end of my rope)\b",
        weight=0.4,
        kind="acute distress",
        severity="high",
    ),
    # ----------------------------------------------------------------- told by effects
    # An incident is often told by what the customer saw, heard or felt rather than named:
    # a bang, soot, a jolt, a shard in the food, coating in the rice.
    _s(
        "safety_incident",
        r"(?:パチッ|ぱちっ|パチン|バチン|バンッ|ばんっ|ボンッ|ぼんっ|パンッ|ポンッ|ドンッ|ボン|バン|パン)(?:!|っ)?(?:と|って)(?:いう)?(?:大きな)?(?:音|鳴|火花|煙|光|火|破裂)|破裂音|爆発音|(?:異音|変な音|大きな音)(?:が(?:して|した))?(?:と|の後に?|とともに|と同時に)(?:煙|火花|焦げ|異臭|光)|(?:煤|すす)(?:が|で|だらけ|まみれ|のような|っぽい)|(?:焦げ|こげ|焼け)(?:た)?(?:跡|痕|あと)|黒い(?:跡|痕|焦げ|すす|煤|しみ)が(?:付|つ|残|でき)|(?:火花|光)が(?:散|走|飛)",
        kind="hazard",
        severity="high",
    ),
    _s(
        "safety_incident",
        r"\b(?:loud|big|huge|sudden|massive|almighty) (?:bang|boom|pop|crack|explosion|flash)\b|\bwent (?:bang|pop|boom)\b|\b(?:popping|cracking|crackling|fizzing|sizzling) (?:sound|noise)\b.{0,40}\b(?:flash|spark|smoke|smell|socket|plug|outlet|went off|dead|tripped)|\bflash (?:came|of light|from|out of|in the)\b|\bsoot\b|\b(?:scorch|burn|black|brown|charred) marks?\b|\bblackened\b|\bcharred\b|\btripped (?:the )?(?:fuse|breaker|electrics|circuit)\b.{0,40}\b(?:bang|smell|smoke|flash|spark)",
        kind="hazard",
        severity="high",
    ),
    _s(
        "safety_incident",
        r"(?:ビリ|びり)(?:ッ|っ)?(?:と|ビリ|びり)|(?:ピリ|ぴり)(?:ッ|っ)?(?:と|ピリ|ぴり)(?![^。、]{0,4}辛)|電気が(?:走|流れ|来)|しびれ(?:る|て|が)|静電気(?:みたい|のよう)な(?:痛|衝撃|刺激)",
        kind="injury",
        severity="critical",
    ),
    _s(
        "safety_incident",
        r"\b(?:touch|touched|touching|hold|holding|held|grab|grabbed|handle|handling|pick(?:ed)? up|plug(?:ged)? in|unplug(?:ged)?)\b.{0,50}\b(?:tingl\w*|jolt\w*|zap(?:ped|s)?|buzz(?:ed|ing)? (?:me|my)|shock\w*)\b|\b(?:tingl\w*|jolt|zapped|zap)\b.{0,30}\b(?:fingers?|hands?|arms?|when i touch)\b|\bgave (?:me|him|her|us|my \w+) (?:a |an )?(?:\w+ )?(?:jolt|zap|shock)\b",
        kind="injury",
        severity="critical",
    ),
    _s(
        "safety_incident",
        r"(?:欠片|かけら|カケラ|破片|ガラス片|金属片|プラスチック片|樹脂片|鉄片|針金|ホチキス|釘|ネジ|ガラス)(?:の(?:ような|ようなもの|みたいな))?(?:が|の)?(?:.{0,8}?)(?:混入|混ざ|混じ|入って|入ってい|出てき|浮いて|刺さ|口に|噛ん|かん)|歯が(?:欠け|折れ|割れ)|歯を(?:欠|折|割|痛め)|口(?:の中)?(?:を|が)(?:切|けが|怪我)|口の中が切れ|喉に(?:刺さ|引っか)|(?:コーティング|塗装|フッ素(?:加工)?|テフロン|塗料|ペンキ|メッキ|表面)(?:が|の)?.{0,6}?(?:剥が|はが|剥げ|はげ|めくれ)(?:れ|て|た)[^。]{0,20}?(?:ご飯|料理|食べ物|お湯|食品|飲み物|口|お茶|混ざ|混じ|入って|浮い|食べ)",
        kind="foreign object",
        severity="high",
    ),
    _s(
        "safety_incident",
        r"\b(?:cut|cuts|cutting|sliced|nicked|chipped|cracked|broke|broken|split) (?:his|her|my|their|our|the baby's|a)? ?(?:gums?|lips?|tongue|mouth|tooth|teeth|throat|palate)\b|\b(?:shards?|slivers?|splinters?|fragments?|flakes?|chips?|bits?|pieces?|specks?) of (?:the )?(?:glass|metal|plastic|wire|rubber|coating|teflon|enamel|ceramic|paint|non-?stick|lining)\b.{0,50}\b(?:in|inside|into|found|came out|mixed|floating|swallowed|bit|chewed)\b|\b(?:found|swallowed|(?<!a )bit(?: into| on)?|chewed(?: on)?|choked on)\b.{0,30}\b(?:shards?|slivers?|splinters?|fragments?|bits? of (?:glass|metal|plastic))\b|\b(?:coating|paint|non-?stick|teflon|enamel|lining|finish)\b.{0,30}\b(?:flak\w*|peel\w*|chipp\w*|coming off|came off)\b.{0,40}\b(?:into|in|onto) (?:the |my |our )?(?:food|rice|water|drink|meal|soup|tea|coffee|eggs?|porridge|sauce|pasta|cereal)\b",
        kind="foreign object",
        severity="high",
    ),
    # ----------------------------------------------------------------- data in the wrong place
    _s(
        "privacy_incident",
        r"(?:他人|別の(?:人|方|お客様?)|知らない人|見知らぬ人|他の(?:人|方|お客様?)|ほかの(?:人|方)|違う(?:人|方)|第三者)(?:様|さん)?の[^\s、。]{0,6}?(?:伝票|書類|用紙|控え|明細|情報|名前|氏名|住所|電話番号|メール|カード|履歴|データ|個人情報|写真|診断書|連絡先|保証書)|(?:覚え|身に覚え|記憶)(?:の|が)(?:ない|無い|ありません)(?:注文|購入|ログイン|請求|アクセス|引き落とし|決済)|(?:パスワード|メールアドレス|登録(?:情報|住所)|配送先|アカウント)(?:が|を|も)(?:勝手に|知らないうちに|いつの間にか)?(?:変え|変更さ|書き換え)られ|(?:勝手に|知らないうちに|いつの間にか)(?:パスワード|メールアドレス|登録(?:情報|住所)|配送先)(?:が|を)(?:変|書き換)",
        kind="someone else's data",
        negatable=False,
    ),
    _s(
        "privacy_incident",
        r"(?:インターホン|玄関先|大声|近所|隣(?:の人|人|家|の方)?|周り|他のお客(?:さん|様)?|人前|みんなの前)(?:の人|の方|の家|さん)?(?:越し|で|に|の前で|にも)[^。]{0,30}?(?:私|わたし|自分|うち|母|父|妻|夫)?の?(?:名前|氏名|住所|電話番号|注文内容|注文|購入品|病歴|病名|個人情報|持病|連絡先)[^。]{0,12}?(?:読み上げ|言われ|話され|話し|伝え|教え|知られ|聞かれ|漏ら|ばら|叫)|(?:私|わたし|自分|うち|母|父|妻|夫)の(?:名前|氏名|住所|電話番号|注文内容|個人情報|連絡先|病歴)[^。]{0,10}?(?:近所|隣|他人|第三者|知らない人|他のお客|元夫|元妻|元彼)(?:の人|の方)?(?:に|へ)(?:教え|伝え|話|漏ら|ばら|渡)",
        kind="disclosed to others",
    ),
    _s(
        "privacy_incident",
        r"\b(?:my|the) (?:account|page|profile|dashboard|order history|my-?page|app|confirmation(?: email)?|receipt|invoice|paperwork|repair (?:form|sheet|paperwork|docket)|returned (?:parcel|package|item|box))\b.{0,40}\b(?:someone else|somebody else|another (?:person|customer|user)|a different (?:person|customer|user)|other (?:people|customers|users)|some (?:other |random )?(?:guy|person|man|woman|bloke|customer|lady|stranger)|a stranger|strangers)\b|\b(?:address|name|details|number|email|card|order|account|profile)\b.{0,30}\b(?:is|was|are|were|shows?|showing|belongs? to) (?:some |a )?(?:stranger|someone else|somebody else|another (?:person|customer))\b|\b(?:different|random|wrong|unknown) (?:person|customer|user|man|woman|guy)(?:'s)? (?:name|address|phone|number|details|order|email|card|data|information|info|paperwork|form)s?\b|\b(?:orders?|purchases?|charges?|logins?|payments?) (?:on|in|from|to) (?:my|our) account (?:that |which )?(?:i|we) (?:never|didn't|did not|don't) (?:place[ds]?|made|make|order(?:ed)?|authori[sz]ed?|recogni[sz]e|buy|bought)\b|\b(?:orders?|purchases?|charges?|logins?) (?:that |which )?(?:i|we) (?:never|didn't|did not|don't) (?:placed?|made|make|authori[sz]ed?|recogni[sz]e)\b|\b(?:password|email address|email|delivery address|address|details|phone number) (?:was|were|has been|had been|got|have been) changed\b.{0,30}\b(?:without|not me|wasn't me|by someone|i didn't|i never)\b",
        kind="someone else's data",
        negatable=False,
    ),
    _s(
        "privacy_incident",
        r"(?<!\bi )(?<!\bwe )\b(?:told|tells|gave|showed|read out|shouted|announced|disclosed|revealed|passed on|handed|mentioned)\b.{0,20}\b(?:my|our) (?:neighbou?rs?|neighbou?r's|colleagues?|landlord|ex|family|flatmate|whole street|building|boss)\b.{0,40}\b(?:my|our|what i|what we)\b.{0,20}\b(?:name|address|number|phone|ordered|order|details|email|information|info|medical|diagnosis|prescription|account|password)|(?<!\bi )(?<!\bwe )\b(?:told|gave|showed|read out|shouted|announced|disclosed|revealed|handed out|gave out|read)\b (?:out )?(?:my|our) (?:full )?(?:name|address|phone number|number|order details|order|details|email|medical \w+|prescription|account details|card details)\b.{0,40}\b(?:to (?:my|the|a|everyone|other)|in front of|over the intercom|on the intercom|through the intercom|for everyone|so (?:the|my|everyone)|out loud|loudly)\b",
        kind="disclosed to others",
    ),
    # ----------------------------------------------------------------- cover my costs
    # Cash for consequential loss, asked for as "it cost me X, cover it" or 「負担して」.
    _s(
        "compensation_over_limit",
        r"\b(?:it|this|that|which|the (?:repairs?|fix|damage|bill|clean-?up|cleaning|call-?out|plumber|electrician|dentist|vet|treatment)) (?:has |have |will )?(?:cost|costs|costing) (?:me|us)\b|\b(?:i|we) (?:had to|have had to|'ve had to|needed to) (?:pay|spend|shell out|fork out|hire|call (?:out )?(?:a|an)|get (?:a|an) (?:plumber|electrician|builder|decorator|cleaner))\b|\b(?:plumber|electrician|builder|decorator|dentist|dental|vet|doctor|hospital|repair(?:man|er)?|carpenter|cleaner|contractor|call-?out)(?:'s)? (?:bill|invoice|fee|fees|charges?|costs?)\b|\b(?:bill|invoice|quote) (?:came to|was for|of|for)\b",
        weight=0.6,
        kind="consequential loss",
    ),
    _s(
        "compensation_over_limit",
        r"\b(?:i expect|i want|i need|i'd like|i would like|i demand|i'm asking you to|i am asking you to|you (?:need|have|ought|are going|'re going) to|you should|you must|you(?:'ll| will)|please|kindly)\b.{0,20}\b(?:pay|cover|reimburse|foot|settle|compensate)(?: for)?\b(?: (?:it|this|that|them|the (?:bill|cost|costs|repair|repairs|invoice|damage|difference|lot|rest)|me|us|back|my (?:costs|losses|bill|expenses)))?|\b(?:reimbursed|compensated|paid back|made whole)\b|\bat your (?:own )?(?:cost|expense)\b.{0,20}\b(?:floor|wall|ceiling|carpet|repair|damage|bill|decorator|plumber)",
        weight=0.6,
        kind="consequential loss",
    ),
    _s(
        "compensation_over_limit",
        r"\blost (?:sales|business|revenue|takings|trade|bookings|customers|orders|profit|income)\b|\bloss of (?:business|income|earnings|revenue|sales|trade|profit)\b|\b(?:lost|losing|lose) (?:a |two |three |\w+ )?(?:days?|weeks?|nights?|mornings?)(?:'s|') (?:sales|takings|trade|business|revenue|work|wages|pay)\b|\b(?:dental|dentist(?:'s)?|hospital|doctor'?s?|treatment|prescription|physio|a&e) (?:bills?|fees?|costs?|charges?|work)\b|\b(?:pay|cover|reimburse|compensate)(?: me| us)? (?:for|the cost of) (?:the |my |our |a )?(?:pipes?|plumbing|wallpaper|paintwork|laminate|tiles?|skirting|cabinets?|cupboards?|sofa|curtains|electrics|tv|television|laptop|phone|appliances?|kitchen|bathroom|redecorat\w*|replacement (?:floor|carpet|ceiling|wall)s?)\b",
        kind="consequential loss",
    ),
    _s(
        "compensation_over_limit",
        r"(?:そちら|御社|貴社|お宅|おたく|そっち|会社|メーカー)(?:で|が|の)(?:全額)?(?:負担|持って|補填|補てん)|(?<!送料を)(?<!送料は)(?<!手数料を)負担(?:して(?:くだ|下|ほし|欲し|もら|いただ|頂)|すべき|しろ|してよ|願います|をお願い|を求め|を要求|していただけ|してくれ)|補填|補てん|穴埋め(?:して|しろ|を)|(?:売上|売り上げ|営業|商売|利益|収入|稼ぎ|給料|バイト代)(?:の)?(?:損失|損害|減少|減収|分|が(?:なくな|飛|減|ゼロ))|(?:店|お店|営業|仕事)を(?:[0-9一二三四五六七八九十]+日|しばらく)?(?:閉め|休ま|休ん|止め)|(?:歯医者|歯科|病院|医者|整骨院|皮膚科|眼科|耳鼻科)(?:の|で|に)(?:かかった)?(?:費用|代金|代|治療費|治療代|診察代|料金|お金)|(?:床|壁|壁紙|天井|配管|水道管|畳|フローリング|カーペット|じゅうたん|家具|家電|ソファ|カーテン|テレビ|パソコン)(?:と|や|の|が|も|まで)?[^。]{0,8}?(?:修理|張り替え|張替え|交換|クリーニング|補修|修繕|弁償|買い替え)(?:代|費|費用|代金)?(?:を|は|も|の)?[^。]{0,8}?(?:払|支払|負担|弁償|補償|賠償|出して|出せ|出してもら|請求|持って)",
        kind="consequential loss",
    ),
    # ----------------------------------------------------------------- audiences, platforms
    _s(
        "media_threat",
        r"\b(?:they|everyone|everybody|every one of them|all of them|people|the world|the internet|my (?:followers|subscribers|audience|viewers|readers|fans|community|group)|(?:\d[\d,.]*k?|thousands of|hundreds of) (?:people|followers|subscribers|viewers))(?:'ll| will| are going to| is going to| shall| are gonna| is gonna)(?: all)? (?:hear|know|find out|learn|see|be hearing|be seeing|be told)\b|\b(?:my|our) (?:\d[\d,.]*k?|thousands of|hundreds of|[a-z]+ thousand) (?:followers|subscribers|viewers|readers|fans)\b|\b(?:i have|i've got|with) (?:over |nearly |almost |about |around |more than )?(?:\d[\d,.]*k?|thousands of|hundreds of|a lot of|loads of|lots of|a big following of) (?:followers|subscribers)\b",
        kind="going public",
    ),
    _s(
        "media_threat",
        r"フォロワー(?:さん)?(?:[0-9.]+(?:万|千|k)?人?|の皆さん|の方|たち|全員|みんな)?(?:に|へ|にも|と)[^。]{0,12}?(?:共有|拡散|発信|報告|知らせ|伝え|晒|シェア|公開|投稿|教え)|(?:チャンネル|ブログ|配信|動画|ライブ|生配信|ポッドキャスト)(?:で|に)[^。]{0,10}?(?:取り上げ|晒|暴露|ネタに|告発)|(?:食べログ|たべログ|google(?:の)?(?:レビュー|口コミ|クチコミ|マップ)|グーグル(?:の)?(?:レビュー|口コミ|クチコミ|マップ)|価格\.?com|価格コム|カカクコム|知恵袋|amazon(?:の)?(?:レビュー|口コミ)|アマゾン(?:の)?(?:レビュー|口コミ)|楽天(?:の)?(?:レビュー|口コミ)|みん評|ヤフコメ|yahoo|ヤフー|note|tiktok|ティックトック|youtube|ユーチューブ|reddit|instagram|インスタ|facebook|x|twitter|ツイッター|スレ)(?:の)?(?:クチコミ|口コミ|レビュー)?(?:欄)?(?:に|で|へ)(?:も|は)?[^。]{0,20}?(?:書(?:か|き|く|いて|きま|いたる|いてやる)|投稿|載せ|晒|さら|公開|アップ|星1|星ひとつ|低評価|拡散|動画に)",
        kind="social media",
    ),
    _s(
        "media_threat",
        r"\b(?:this|it|that|everything|the whole (?:thing|story|saga)|you|your company|this conversation|this chat)(?:'s| is| are|'re)? going (?:straight |right |directly |up )?(?:on|onto|to|up on|all over|in) (?:facebook|twitter|x|instagram|insta|tiktok|reddit|youtube|social media|the internet|trustpilot|yelp|google|my (?:blog|channel|stories|story|page|feed))\b|\b(?:reddit|tiktok|youtube|twitter|instagram|facebook|trustpilot|yelp|google) (?:thread|post|video|review|story|rant|stitch|reel)s? (?:i'm|i am|i'll|i will|is going|going up|coming|about you)\b|\b(?:thread|post|video|review|rant|story|reel|tiktok) (?:i'm|i am|i'll|i will) (?:writing|posting|making|filming|putting up|uploading)\b|\b(?:post|put|share|publish|upload|plaster)(?:ing)? (?:this|it|everything|the (?:whole )?(?:thing|chat|conversation|recording|video|call)|your \w+(?: and \w+)?) (?:online|on ?line|on the (?:internet|web))\b",
        kind="social media",
    ),
    # ----------------------------------------------------------------- obstruction, all staff
    _s(
        "customer_harassment",
        r"\btie (?:up )?(?:your|the) (?:phone )?lines?\b|\btie up your (?:phones|staff|team|switchboard|helpline)\b|\b(?:block|jam|flood|clog|spam|bombard|swamp)(?:ing)? (?:your|the) (?:phone )?(?:lines?|switchboard|inbox|phones|helpline|call cent(?:re|er)|chat)\b|\b(?:call|ring|email|phone|message)(?:ing)? (?:you |your \w+ )?(?:every (?:single )?(?:day|hour|morning|night|minute)|all day(?: long)?|day and night|non-?stop|around the clock|24/7)\b|\b(?:disrupt|shut down|ruin|wreck) your (?:business|shop|store|day|week)\b|\b(?:protest|picket|stand|scream|shout)(?:ing)? (?:outside|in front of|in) your (?:shop|store|office|building|premises)\b|\bmake a scene (?:in|at|outside) your\b",
        kind="binding / repeated calls",
    ),
    _s(
        "customer_harassment",
        r"業務妨害|営業妨害|(?:店|お店|会社|事務所|窓口|本社|支店|工場)の前で(?:騒|叫|抗議|ビラ|演説|待ち伏せ|座り込)|(?:騒いで|暴れて|居座って|座り込んで)(?:やる|やります|やるからな)|電話(?:を)?(?:鳴らし続け|かけまく|しまく|かけ続け)|回線を(?:塞|ふさ|パンク)|仕事(?:に|が)ならないように|(?:毎日|毎朝|毎晩|一日中|朝から晩まで|24時間)(?:でも)?(?:お宅|御社|そっち|会社|店|窓口)?(?:に|へ)?(?:電話|連絡|メール|押しかけ|行っ)(?:して|を)?(?:やる|やります|しますから|し続け|するからな)",
        kind="binding / repeated calls",
        negatable=False,
    ),
    _s(
        "customer_harassment",
        r"\b(?:post|put|share|publish|plaster|upload|spread|leak|name|expose)(?:ing)? (?:your|the agent's|the staff's|his|her|their|the manager's|that agent's|that woman's|that man's) (?:full |real )?(?:names?|faces?|photos?|pictures?|details|home address|address|number)\b|(?:担当者?|あなた|お前|おまえ|あんた|社員|店員|オペレーター|スタッフ|店長|その人|あの人)の(?:名前|氏名|実名|顔|顔写真|写真|住所)(?:と|や|も|を)?[^。]{0,10}?(?:晒|さら|公開|載せ|拡散|投稿|アップ|ネットに)",
        kind="threat to publish staff details",
        negatable=False,
    ),
    _s(
        "customer_harassment",
        r"\b(?:useless|incompetent|idiots|morons|clowns|hopeless|pathetic|clueless|a joke|a disgrace|a shambles|brainless|liars|crooks|scammers|amateurs),? (?:the (?:whole )?lot of (?:you|ya|them)|all of you|every (?:one|last one|single one) of you|the whole (?:lot|bunch|team|company)|each and every one of you)\b|\b(?:the (?:whole )?lot of you|all of you|every (?:one|last one|single one) of you|your (?:whole|entire) (?:team|company|department|staff|workforce|call cent(?:re|er))|everyone (?:there|at your company|who works (?:there|for you)))\b.{0,20}\b(?:are|is|r)?(?: all)? ?(?:a bunch of |a pack of |nothing but )?(?:useless|incompetent|idiots?|morons?|clowns?|hopeless|pathetic|clueless|brainless|a joke|stupid|thick|liars|crooks|scammers|thieves|amateurs)\b",
        kind="insult",
        negatable=False,
    ),
    _s(
        "customer_harassment",
        r"(?:社員|店員|スタッフ|従業員|オペレーター|担当者?|窓口|ここ|お宅|御社|おたく|この会社|そっち|お前ら|あんたら|連中|奴ら|やつら|サポート)(?:の(?:連中|人間|社員|奴ら|やつら|人達|人たち))?(?:は|って|ども|共)?(?:全員|みんな|揃いも揃って|どいつもこいつも|そろって|一人残らず|全部)(?:が|は)?(?:本当に|ほんと|まじで|マジで)?(?:無能|バカ|馬鹿|アホ|役立たず|クズ|能無し|使えない|使えねえ|使えねー|脳なし|素人|給料泥棒|無責任|嘘つき)|どいつもこいつも",
        kind="insult",
        negatable=False,
    ),
    # ----------------------------------------------------------------- legal: courts
    _s(
        "legal_threat",
        r"\b(?:lodg|fil|issu|start|bring|submit|rais|mak|launch)(?:e|ed|es|ing)? (?:a )?(?:legal |court |small claims |formal )?(?:claim|case|proceedings|action|suit) (?:at|in|with|through|against|via) (?:the )?(?:county court|court|small claims|tribunal|you|your (?:company|firm|business)|moneyclaim|money claim online)\b|\bcounty court\b|\bdistrict court\b|\bsmall claims\b|\bmoney ?claim online\b|\bmcol\b|\bcourt (?:claim|papers|summons)\b|\b(?:see|sue) you in court\b|\blegal (?:letter|notice)\b",
        kind="lawsuit",
    ),
    _s(
        "legal_threat",
        r"司法書士(?:に|へ|と|を通)|訴状|調停(?:を|に)(?:申し立て|申立|起こ)|支払督促|裁判(?:所)?(?:に|へ|で)(?:訴え|持ち込|申し立て|出)",
        kind="lawsuit",
    ),
    # ----------------------------------------------------------------- vulnerable: indirect
    _s(
        "vulnerable_customer",
        r"\b(?:everyone|everybody|they|my (?:family|kids|children|wife|husband)|the world)(?:'d| would)? (?:all )?be better off without me\b|\bbetter off without me\b|\bno(?: ?one|body) would (?:even |really |ever )?(?:miss|notice|care)\b.{0,20}\b(?:me|if i)\b|\bi (?:just )?want (?:to|it all to) (?:disappear|vanish|stop|be over|not wake up|sleep forever)\b|\b(?:don't|do not) want to wake up\b|\bwhat(?:'s| is) the point (?:of|in) (?:going on|living|life|being here|carrying on|anything anymore)\b|\bnot (?:worth|want) (?:living|being here|being alive)\b|\bgive up on (?:life|living|everything)\b|\bend it (?:all )?(?:tonight|today|now|soon)\b",
        kind="self-harm",
        severity="critical",
        negatable=False,
    ),
    _s(
        "vulnerable_customer",
        r"生きて(?:い)?て(?:も)?(?:仕方|しょうが|しかた|意味|しょうもな|つら|辛)|生きてる意味|(?:私|わたし|自分|あたし|僕|俺)(?:なんか|なんて|など)?(?:が)?(?:いなくな|消え)(?:った|れば|たら)(?:方が|ほうが)?|死んだ(?:方|ほう)が(?:まし|マシ|楽)|この世から(?:消え|いなく)|(?:人生|全部|すべて|何もかも)(?:を)?終わりにしたい|消えてなくなりたい|いなくなってしまいたい|生まれてこなければ",
        kind="self-harm",
        severity="critical",
        negatable=False,
    ),
    _s(
        "vulnerable_customer",
        r"\b(?:mum|mom|mother|dad|father|husband|wife|son|daughter|grandma|grandpa|grandmother|grandfather|nan|nana|gran|granny|grandad|partner|he|she|baby|child|kid|uncle|aunt|brother|sister|neighbou?r)(?:'s| is| has| had| just| was| suddenly)* (?:fallen|fell|collapsed|slipped|tripped|had a fall|lying on the (?:floor|ground)|on the (?:floor|ground))\b.{0,60}\b(?:can't|cannot|won't|isn't|not|unable|floor|ground|hurt|bleeding|confused|responding|moving|breathing|get up)\b|\b(?:mum|mom|mother|dad|father|husband|wife|grandma|grandpa|grandmother|grandfather|nan|gran|partner|he|she)(?:'s| is| was| seems| got)* (?:very |so |really |suddenly )?(?:confused|disoriented|delirious|slurring|not making sense|not responding)\b.{0,40}\b(?:doesn't|does not|can't|cannot|don't) (?:know|recogni[sz]e|remember|understand)\b|\b(?:doesn't|does not) know where (?:he|she|they) (?:is|are)\b",
        kind="medical emergency",
        severity="critical",
        negatable=False,
    ),
    _s(
        "vulnerable_customer",
        r"(?:転んで|転倒して|倒れて|落ちて)(?:.{0,6}?)(?:起き上がれ|立てな|立ち上がれ|動けな|意識|反応が)|(?:呼びかけ|声をかけ|話しかけ)(?:て|に)(?:も)?(?:反応|返事)が(?:ない|ありません|なく)|(?:母|父|祖母|祖父|夫|妻|主人|家内|子ども|子供|息子|娘)(?:が|は)(?:急に)?(?:倒れ|意識を失|意識がな|ろれつが回ら|呂律が回ら|けいれん|痙攣)",
        kind="medical emergency",
        severity="critical",
        negatable=False,
    ),
    # ----------------------------------------------------------------- repeat: counts per period
    _s(
        "repeat_contact",
        r"\b(?:3rd|4th|5th|6th|7th|8th|9th|10th|third|fourth|fifth|sixth|seventh|eighth|umpteenth|nth|hundredth|millionth) (?:time|attempt|go|try)\b(?! (?:i(?:'ve| have)? )?(?:bought|buying|ordered|ordering|purchased|purchasing|shopping|used|using|owning|tried (?:it|to use)|washed|descaled|replaced|had to replace|cleaned|reset))|\b(?:been in touch|got in touch|spoken to (?:you|someone|your)|spoke to (?:you|someone|your)|chased|complained|raised (?:this|it)|reported (?:this|it)|followed up)\b.{0,30}\b(?:\d+|three|four|five|six|several|multiple|many|countless|numerous) times\b|\b(?:calling|writing|emailing|messaging|contacting you|chasing|in touch) again\b.{0,12}\b(?:3rd|4th|5th|third|fourth|fifth|\d+ times)\b",
        kind="repeat contact",
    ),
    # ----------------------------------------------------------------- more effects and losses
    _s(
        "safety_incident",
        r"煙(?:が|を)?[^。、]{0,8}?(?:出|上が|立ち|立っ|噴|充満|もくもく|モクモク)|(?<!ご飯が)(?<!米が)(?<!ご飯の)焦げ(?:て|た|ました)|(?:茶色|黒)(?:く|っぽく)(?:変色|焦げ|なって)",
        kind="hazard",
        severity="high",
    ),
    _s(
        "safety_incident",
        r"(?:お腹|おなか|腹)を(?:壊|下)|食中毒|(?:気分|体調)が悪く|めまい|目まい|頭痛が|(?:手|指|腕|足|顔|肌|皮膚|口|唇|首|胸|背中|お腹|頭|喉|のど)(?:が|に|の)[^。、]{0,6}?(?:腫れ|ただれ|ヒリヒリ|ひりひり|水ぶくれ|やけど|火傷|赤くな|真っ赤|切れ|血が)",
        kind="injury",
        severity="critical",
    ),
    _s(
        "safety_incident",
        r"\b(?:plug|socket|outlet|cord|cable|lead|wire|prongs?|adapter|charger|casing|base|wall|skirting|fuse ?box)\b.{0,30}\b(?:gone|turned|going|went|is|are|was|were|looks?) (?:a bit |slightly |all |really )?(?:brown|black|soft|warped|deformed|discolou?red|melty|scorched|charred)\b|\b(?:crackl|fizz|sizzl|hiss)(?:ed|es|ing|e)?\b.{0,40}\b(?:socket|plug|outlet|cord|wire|wall|black|smoke|smell|spark)|\b(?:socket|plug|outlet|cord|wire|charger)\b.{0,20}\b(?:crackl|fizz|sizzl)\w*|\bsmel(?:l|ls|led|lt|ling)\b.{0,12}\b(?:hot plastic|burning|burnt|melted|melting|electrical|like an electrical fire|like plastic)\b|\bburnt (?:ring|patch|mark|spot|smell|plastic|wire|rubber|circle)\b|\b(?:room|house|flat|kitchen) (?:filled|full) (?:with|of) (?:smoke|fumes)\b",
        kind="hazard",
        severity="high",
    ),
    _s(
        "safety_incident",
        r"\b(?:hand|arm|finger|leg|foot|face|skin|mouth|lips?|son|daughter|child|baby|kid|husband|wife|he|she|i|we)(?:'s)? (?:was|got|were|has been|have been|had been) (?:badly |severely |slightly )?(?:burn(?:ed|t)|scald(?:ed)?|cut|injured|hurt|shocked|electrocuted)\b|\b(?:burn(?:ed|t)|scalded|cut|injured) by (?:the )?(?:steam|water|kettle|heater|glass|metal|spark|flames?|hot)|\b(?:glass|metal shavings|metal filings|splinters?|shards?) (?:in|inside) (?:my|the|our|his|her) (?:\w+ )?(?:water|food|drink|tea|coffee|rice|soup|meal|cup|mug|bowl|porridge|cereal)\b|\b(?:nearly|almost) (?:ate|swallowed|choked on|bit (?:into|on))\b|\bfound (?:a |an |some )?(?:small |tiny |sharp |little |black |hard |rubbery |metal |plastic )*(?:piece|bit|chunk|fragment|shard|sliver|strip|lump|flake)s?\b.{0,30}\b(?:in (?:it|the|my|our|his|her)\b|inside)",
        kind="injury",
        severity="critical",
    ),
    _s(
        "compensation_over_limit",
        r"\b(?:taxi|cab|uber|train fare|bus fare|parking|petrol|fuel|mileage|hotel|motel|b&b|takeaways?|eating out|dry[- ]clean\w*|electricity bill|energy bill|gas bill|power bill|vet|babysitter|childcare|rental|hire car)\b|\blost (?:a |an |the |my )?(?:\S+ )?(?:job|contract|booking|gig|commission|client|deposit)\b|\b(?:ruined|damaged|destroyed|stained|soaked|warped|flooded|marked|burned|burnt|scorched|cracked) (?:my|the|our|her|his|their) (?:\w+ )?(?:floor|floorboards|ceiling|carpet|laptop|tv|sofa|furniture|walls?|clothes|kitchen|rug|worktop|counter|table|cabinets?|phone|flat below|neighbou?r'?s?)\b|\b(?:leaked|dripped|seeped|came) (?:through|into|onto) (?:the |my |our )?(?:floor|ceiling|flat below|downstairs|carpet|walls?)\b",
        weight=0.6,
        kind="consequential loss",
    ),
    _s(
        "compensation_over_limit",
        r"\b(?:pay|cover|reimburse|compensate) (?:it|that|this|them|me|us|the (?:difference|bill|cost|costs|lot|invoice|rest))\b(?!\s+(?:under|through|by|via|with))",
        weight=0.6,
        kind="consequential loss",
    ),
    _s(
        "compensation_over_limit",
        r"(?:ノートパソコン|パソコン|pc|テレビ|スマホ|携帯|床|フローリング|壁|壁紙|天井|家具|カーペット|じゅうたん|畳|服|衣類|洋服|布団|ソファ|下の階|階下)(?:が|も|まで|に)[^。]{0,8}?(?:壊れ|濡れ|傷|汚れ|シミ|しみ|染み|ダメに|だめに|使えなく|水浸し|焦げ|変色)",
        weight=0.5,
        kind="consequential loss",
    ),
    _s(
        "compensation_over_limit",
        r"(?:見積|見積もり|請求書|領収書|レシート)(?:が|は|も|を)?(?:あります|あり|出|取|もら|届|[0-9一二三四五六七八九十百千万]+)|食費|外食(?:代|費)|ガソリン代|駐車場代|電気代|光熱費|宿泊(?:代|費)|レンタル(?:代|料)|代わりの(?:\S{1,6})?(?:代|費)",
        weight=0.5,
        kind="consequential loss",
    ),
    _s(
        "compensation_over_limit",
        r"(?:出して|払って|負担して|補償して)(?:もらえ|いただけ|くれ)(?:ます|ません|る)(?:か|よね)?|(?:出して|払って|負担して|補償して)(?:ほしい|欲しい|もらいたい|いただきたい)",
        weight=0.5,
        kind="consequential loss",
    ),
    # ----------------------------------------------------------------- media: more channels
    _s(
        "media_threat",
        r"\bmake (?:a |an )?(?:tiktok|video|reel|youtube video|post|thread|vlog|story)s? (?:about|on|of) (?:this|you|it|the|your|my)\b|\btag(?:ging)? (?:you|your company|the company|the brand)\b|\b(?:video|post|thread|review|story|reel|tiktok|vlog)s? (?:goes|is going|will go|'s going|go|are going) (?:live|up|out|online|viral)\b|\bstory (?:goes|is going|will go|'s going) (?:to|out)\b|\ba public (?:thread|post|review|video|complaint|callout)\b|\b(?:one|1|zero|0)[- ]star(?: reviews?| ratings?)? (?:go|going|will go|are going|everywhere)\b|\b(?:hear|hears|know|knows|find out|finds out|learn|learns) about (?:this|it|you|[a-z]+)\b.{0,30}\b(?:on|via|through) (?:instagram|facebook|twitter|x|tiktok|reddit|youtube|social media|the internet|google)\b|\b(?:contact|contacting|email|emailing|call|calling|writing to|write to|tip(?:ping)? off|send(?:ing)? (?:it|this) to|sent (?:it|this) to|going to)\b.{0,40}\b(?:bbc|itv|channel \d|sky news|cnn|nbc|abc news|cbs|fox news|the guardian|the times|the sun|daily mail|evening standard|watchdog|rip ?off britain|newspaper|tv show|programme|consumer (?:show|programme|segment|desk|reporter))\b|\ba (?:reporter|journalist|producer) (?:at|from|on|with)\b",
        kind="going public",
    ),
    _s(
        "media_threat",
        r"(?:sns|ネット|インターネット|ウェブ|web|(?<![a-z0-9])x|twitter|ツイッター|インスタ|instagram|facebook|tiktok|youtube|ユーチューブ|掲示板|ブログ|5ch|2ch)(?:上)?(?:とx|とインスタ|とtiktok|とyoutube)?(?:で|に|へ)(?:も|は)?[^。]{0,12}?(?:上げ|あげ|貼|晒|さら|流し|拡散|アップ|公開|動画に|出して|出します)|(?:ニュース|新聞|テレビ|報道|記者|週刊誌|マスコミ)(?:サイト|社|局|番組)?(?:に|へ)(?:も)?[^。]{0,4}?(?:情報提供|連絡|通報|伝え|知らせ|送っ|送り|持ち込|売り込)",
        kind="social media",
    ),
    # ----------------------------------------------------------------- harassment: more forms
    _s(
        "customer_harassment",
        r"\b(?:home address|address|phone number|number|surname|full name|real name) of (?:the|your|that) (?:manager|agent|staff|person|employee|woman|man|guy|supervisor|boss|rep)\b|\bi know where (?:you|your \w+) (?:live|lives|work|works|is|are)\b|\byou(?:'d| had)? better watch (?:yourself|out|your back)\b|\b(?:dumbest|stupidest|most useless|most incompetent|worst|thickest) (?:support |customer service )?(?:agent|person|employee|rep|staff|human|excuse|woman|man)\b|\bhow do (?:u|you) (?:even |still )?have a job\b|\b(?:stay|keep you|stay on) on (?:this|the) (?:line|phone|call) until\b|\bevery (?:\d+|five|ten|few) minutes (?:all (?:day|night)|until)\b|\b(?:make sure )?you(?: personally)? regret (?:it|this|picking|answering|the day|ever)\b|\bkeep (?:calling|ringing|emailing),? every day\b",
        kind="threat / binding",
        negatable=False,
    ),
    _s(
        "customer_harassment",
        r"(?:[0-9一二三四五六七八九十]+時間でも|何時間でも|朝までだって|とことん|最後まで)[^。]{0,12}?付き合(?:って|わせ)|切らせ(?:ねえ|ねー|ん|ない)|逃がさ(?:ねえ|ない|ん)|帰さ(?:ねえ|ない|ん)|(?:ババア|ばばあ|ババァ|ジジイ|じじい|ジジィ|ブス|ハゲ|デブ)(?:じゃ|では|が|は|に|め|!|。|、|$)|(?:男|女)(?:の人)?(?:を)?(?:出せ|に代われ|に替われ|に変われ)|(?:担当者?|あいつ|その人|あの人|オペレーター|社員|店員|お前|おまえ|あんた)(?:は|を)?(?:辞めさせ|クビに(?:しろ|する|して)|首に(?:しろ|する)|解雇し)|住んで(?:る|いる)(?:駅|場所|所|町|街|家|地域)|クビにする(?:ぞ|から)",
        kind="threat / abuse",
        negatable=False,
    ),
    # ----------------------------------------------------------------- legal: counsel
    _s(
        "legal_threat",
        r"\b(?:retained|instructed|engaged|hired|consulted) (?:legal )?counsel\b|\b(?:with|via|through|by|to) (?:my|our) (?:family |own |personal )?(?:lawyers?|attorneys?|solicitors?|counsel|legal team)\b|\b(?:my|our) (?:family |own |personal )?(?:lawyer|attorney|solicitor)(?:'s|s') (?:letter|notice|office|email|claim|papers)\b|(?:\b(?:lawyer|attorney|solicitor|counsel)|弁護士) (?:i|we) (?:hired|retained|instructed|engaged|consulted|spoke to)\b|\b(?:send|sending|sent|issue|issuing|serve|serving|receive|expect) (?:you )?(?:a |her |his |their )?(?:formal|legal) (?:notice|demand|letter|claim)\b|\bletter (?:of|before) claim\b|\bpass(?:ed|ing)? (?:everything|it all|the (?:whole )?(?:file|case|matter|lot)) (?:on )?to (?:my|our|a) (?:lawyer|attorney|solicitor)",
        kind="lawyer",
    ),
    _s(
        "legal_threat",
        r"\b(?:my|our) (?:family |own |personal )?(?:lawyer|attorney|solicitor|legal (?:team|counsel|advis[oe]rs?))s?\b",
        weight=0.6,
        kind="lawyer",
    ),
    _s(
        "legal_threat",
        r"\b(?:be in touch|(?:has|have|got) (?:the |all the |copies|a copy)(?: of)?|preserve (?:all )?(?:records|evidence)|copied (?:in|to)|cc'?d|expect (?:a|her|his|their) letter|drafting|formal notice|will (?:send|write)|is (?:sending|writing)|reviewing (?:the|my|this))\b",
        weight=0.5,
        kind="lawyer",
    ),
    _s(
        "legal_threat",
        r"代理人(?:から|より|が|に|を立て|を通)|弁護士(?:を)?(?:雇|依頼し|頼ん|入れ)",
        kind="lawyer",
    ),
    # ----------------------------------------------------------------- privacy: more places
    _s(
        "privacy_incident",
        r"(?:宛名|宛先|送り主|差出人|名義|注文者|購入者|届け先|お届け先|請求先)(?:が|は|も)(?:全く|全然|まったく)?(?:知らない|別の|他の|違う|見知らぬ)(?:人|方|名前|住所|会社)|(?:私|わたし|自分|うち)が(?:買って|注文して|頼んで|購入して|申し込んで)(?:い)?ない|(?:住所|電話番号|名前|氏名|情報|注文|アドレス|履歴)[^。]{0,14}?(?:知らない|別の|他の|違う|見知らぬ)(?:人|方)の(?:もの|です|でした|になって|だった|に)|(?:他の|別の|ほかの)(?:会員|利用者|客|ユーザー|お客様?)(?:に|へ|の)|誰か(?:が|に)[^。]{0,16}?(?:私|わたし|自分)の(?:メールアドレス|住所|名前|アカウント|カード|情報|電話番号)|勝手に(?:登録|申し込|申込|使われ|利用され|購入され|注文され)|身に覚えのない[^。]{0,8}?(?:ログイン|注文|アクセス|メール|請求|申込|申し込|購入|登録|引き落とし)|(?:掲載|公開|共有|利用|載せ)(?:して)?(?:いい|良い)(?:なんて|とは)|(?:私|わたし|自分|うち|母|父|妻|夫)の(?:名前|氏名|住所|電話番号|個人情報|注文|購入履歴|メールアドレス|情報|写真)(?:と|や|、)[^。]{0,10}?(?:が|を)[^。]{0,24}?(?:他人|別の人|知らない人|第三者|他のお客|見られ|表示され|送られ|届い|載って|載せられ|掲載され|公開|漏|勝手)",
        kind="someone else's data",
        negatable=False,
    ),
    _s(
        "privacy_incident",
        r"\bhow did (?:they|you|he|she|that company|a stranger|someone) (?:get|find|obtain|know|have) (?:that|this|it|my)\b|\b(?:conversation|chat|order|account|details|invoice|email|data|history|name|address|paperwork|receipt)s?\b.{0,60}\b(?:was|were|is|are|'s)? ?(?:definitely |clearly |obviously )?not mine\b|\b(?:\d+|several|dozens of|lots of|many|multiple|other|all the) (?:other )?(?:customers|people|users|members)'? (?:names|addresses|details|data|orders|emails|phone numbers|cards|information)\b|\b(?:your|the) (?:support|staff|agent|driver|courier|rep|team|shop|store|engineer|technician)\b.{0,30}\b(?:gave|told|showed|passed|read|disclosed|handed)\b.{0,30}\bto (?:him|her|them|my ex|someone|a stranger|my neighbou?r|my (?:husband|wife|partner))\b|\b(?:asked|requested|told) (?:you|your company|them) to (?:delete|erase|remove) my (?:data|details|account|information|personal \w+)\b.{0,120}\b(?:still|didn't|yet|got a|received|another|again|welcome back)\b",
        kind="someone else's data",
    ),
    # ----------------------------------------------------------------- vulnerable: more
    _s(
        "vulnerable_customer",
        r"\b(?:don't|do not|can't|cannot) see the point any ?more\b|\b(?:took|taken|swallowed|had) (?:too many|a lot of|all (?:of )?my|a whole (?:bottle|packet|box) of|an overdose of|loads of)\b.{0,20}\b(?:pills|tablets|sleeping|medication|meds|paracetamol|painkillers)\b|\boverdos(?:e|ed|ing)\b|薬を(?:大量に|全部|たくさん|まとめて)(?:飲|のん)|睡眠薬を(?:大量|たくさん|全部|まとめて)|オーバードーズ",
        kind="self-harm",
        severity="critical",
        negatable=False,
    ),
    _s(
        "vulnerable_customer",
        r"\bi(?:'m| am) (?:lying )?on the (?:floor|ground)\b|\bi (?:fell|have fallen|'ve fallen|had a fall)\b.{0,40}\b(?:can't|cannot) (?:get up|move|stand)\b|\b(?:can't|cannot) catch (?:her|his|my|their) breath\b|\b(?:gone|going|turned|turning) (?:grey|gray|blue|pale|purple)\b|\b(?:baby|child|son|daughter|kid|toddler|infant)\b.{0,40}\b(?:fever|temperature) of (?:3[89]|4[0-2]|10[2-6])|\b(?:is|went|gone|very) (?:floppy|limp|lethargic)\b|胸が[^。]{0,6}?(?:苦し|痛)|息が(?:しにく|吸えな|止ま)|息苦し|頭を(?:強く)?打(?:っ|ち)|(?:だれ|誰)に電話(?:して)?(?:る|いる|た)(?:んだ|の)?(?:っけ|か)|ここは(?:どこ|何処)",
        kind="medical emergency",
        severity="critical",
        negatable=False,
    ),
    _s(
        "vulnerable_customer",
        r"\bhallucinat\w*|\bseeing things\b|\bhearing voices\b|\bthere(?:'s| is) (?:nobody|no one) there\b|\b(?:don't|do not|can't) remember (?:doing|placing|making|calling|speaking|ordering)\b",
        weight=0.5,
        kind="confusion",
        severity="high",
    ),
    _s(
        "vulnerable_customer",
        r"\b(?:don't|do not) know what(?:'s| is) happening to me\b|\b(?:feel|feeling|felt) (?:really |very |so )?(?:unwell|dizzy|faint|light-?headed)\b|\bi(?:'m| am) (?:so |really )?scared\b",
        weight=0.5,
        kind="acute distress",
        severity="high",
    ),
    _s(
        "vulnerable_customer",
        r"\b(?:i'm|i am|she's|she is|my wife is|my partner is) (?:\d+ weeks )?pregnant\b|\b(?:she's|he's|she is|he is|mum is|dad is|mother is|father is|grandma is|grandpa is|nan is) (?:[789]\d|1\d\d)\b|(?:七|八|九)十(?:[一二三四五六七八九])?(?:歳|才|の|代)|(?:[789]\d)(?:歳|才|の(?:母|父|祖母|祖父))|(?:ばあちゃん|じいちゃん|祖母|祖父|婆ちゃん|爺ちゃん|高齢の|年老いた|老親|老母|老父)|持病",
        weight=0.5,
        kind="person at risk",
        severity="high",
    ),
    _s(
        "vulnerable_customer",
        r"氷点下|マイナス[0-9]+度|-[0-9]+度|雪で|寒い部屋|(?:寒くて|寒さで)[^。]{0,6}?(?:布団から|動け|眠れ|震え)|布団から出られ|(?:手|足|体)が(?:冷たく|かじかん|震え)|\b(?:house|flat|home|room|apartment)(?:'s| is) (?:very |so |really |bitterly |freezing )?cold\b|\bit(?:'s| is) (?:very|so|really|bitterly|freezing) cold\b|\bshivering\b|\b(?:hands|body) (?:are|is) shaking\b|-\d+ (?:outside|degrees|c\b)|\bno one (?:nearby|around|to help)\b",
        weight=0.5,
        kind="person at risk",
        severity="critical",
        negatable=False,
    ),
    # ----------------------------------------------------------------- repeat: more counting
    _s(
        "repeat_contact",
        rf"{_NUM_JA}(?:回|度)(?:も|以上|ほど|くらい|ぐらい)?(?:に(?:わたって|渡って|わたり))?(?:ご|お)?(?:電話|連絡|問い合わせ|問合せ|メール|お問い合わせ|チャット|相談|申し入れ|催促)(?:し|させ|いたし|を|差し上げ)|計{_NUM_JA}(?:回|度)|(?:上の方|上司|上長|責任者|専門部署|担当部署|別部署)(?:に|へ)(?:引き継|エスカレ|上げ|回し)(?:いで|いだ|て|た)|\b(?:called|rung|rang|phoned|contacted|emailed|written|wrote|chased|messaged|been in touch)\b.{{0,40}}\bon (?:{_NUM_EN}) (?:separate |different )?(?:days|occasions)\b|\bcontact (?:number|no\.?|#) ?(?:[3-9]|three|four|five|six)\b",
        kind="repeat contact",
    ),
]

SUPPRESSORS: list[Suppressor] = [
    # Any flag: the customer takes their words back ("forget what I said about suing").
    _x(
        "*",
        r"\b(?:forget|ignore|disregard|scratch) (?:what i (?:said|wrote)|my (?:last|earlier|previous)|about|the part|that)\b|\b(?:take|taking|took) (?:it|that|those words) back\b|\bi (?:withdraw|retract)\b|\bdidn't (?:really )?mean (?:it|that)\b|撤回(?:します|いたします|させて)|取り消(?:します|させて|してください)|忘れてください|なかったことに|言い過ぎ(?:ました|た)",
    ),
    _x("safety_incident", r"\bburn-?in\b|\bon fire\b.{0,20}\b(?:sales|selling|popular|sold out)\b"),
    _x(
        "vulnerable_customer", r"認知症(?:予防|対策|の予防)|\bdementia[- ](?:friendly|prevention)\b"
    ),
    _x(
        "legal_threat",
        r"\b(?:neighbou?r|friend|brother|sister|colleague|cousin|dad|mum|mom|father|mother|uncle|aunt|someone|people|they|he|she)\b(?: \w+){0,2} (?:sued|is suing|was suing|won|lost|went to court)\b",
    ),
    # legal_threat: lawyers and courts in innocent roles; "legal" in other senses.
    _x(
        "legal_threat",
        r"弁護士(?:の|である|をしている|をしてる|として働|事務所で働|の(?:友人|友達|知人|兄|姉|弟|妹|父|母|娘|息子|夫|妻)|(?:の|である)?(?:友人|友達|知人|兄|姉|弟|妹|父|母|娘|息子|夫|妻|親戚))|(?:友人|友達|知人|兄|姉|弟|妹|父|母|娘|息子|夫|妻|親戚)(?:が|は)弁護士",
    ),
    _x(
        "legal_threat",
        r"\b(?:my|our|a) (?:\w+ )?(?:friend|daughter|son|wife|husband|partner|brother|sister|mother|father|mum|mom|dad|neighbou?r|cousin|uncle|aunt|colleague|boss|flatmate|roommate)\b.{0,20}\b(?:is|was|works as) (?:a |an )?(?:lawyer|attorney|solicitor|judge)\b|\b(?:i am|i'm|i work as) (?:a |an )?(?:lawyer|attorney|solicitor|paralegal)\b|\blegal (?:name|age|tender|pad|guardian|requirement|status)\b|\bis (?:it|this|that) legal\b|\bsue (?:me|us)\b|\bnot legal advice\b",
    ),
    _x(
        "legal_threat",
        r"裁判所(?:で働|に勤|勤務)|裁判員|(?:ドラマ|テレビ|番組|ニュース|小説|映画)(?:で|の)",
    ),
    # regulator: the authority named innocently.
    _x(
        "regulator",
        r"(?:保健所|消費者センター|消費生活センター|警察)(?:に|で)(?:勤め|勤務|働い|務め)|(?:保健所|センター|消費者庁|行政)(?:の|が|から)(?:推奨|おすすめ|勧め|すすめ|紹介|基準|認可|認定|ホームページ|サイト|資料|パンフ|指導|指示|要請|検査|職員|方)|(?:保健所|センター)(?:で|から)(?:勧め|すすめ|紹介|もらった|教えて)",
    ),
    _x(
        "regulator",
        r"\b(?:i|my \w+) (?:work|works|worked) (?:at|for|in) (?:a |an |the )?(?:\w+ )?(?:health|consumer|police|government)|\b(?:recommended|approved|certified|suggested) by (?:the |a |my )?(?:health|consumer|council|government|regulator)|\b(?:fda|ftc|cpsc)[- ](?:approved|certified|compliant|listed)\b|\bregulator (?:knob|dial|valve|setting)\b|\b(?:heat|temperature|pressure|voltage|gas|power) regulator\b",
    ),
    # safety_incident: idioms, benign uses, hypotheticals, "does not work".
    _x(
        "safety_incident",
        r"\bfir(?:e|ed|ing) (?:it |the \w+ |up )?(?:up|on)\b|\bfire up\b|\bsmoke[- ]?free\b|\bnon[- ]?smok(?:ing|er)\b|\bsmoke (?:alarm|detector)s?\b(?! (?:went|go|going|goes) off)|\bi (?:don't |do not )?smoke\b|\bsmoker\b|\bon fire\b.{0,10}\b(?:today|lately|this week|deal)|\bsparked (?:my|an?|the) (?:interest|idea|curiosity)\b|\bspark(?:s)? joy\b|\bflames? (?:design|pattern|red|colour|color)\b|\bheart(?:s)? (?:melt|melted|melting)\b|\bmelt(?:s|ed)? (?:in your mouth|my heart|the butter|the chocolate|butter|chocolate|cheese|snow|ice)\b|\bburn(?:ed|t)? (?:the )?(?:toast|rice|popcorn|calories|bridges)\b|\bburning question\b|\bsick (?:of|and tired)\b|\bmakes? me sick\b|\bsick leave\b|\bfired (?:me|him|her)\b|\bheartburn\b|\bsun ?burn\b|\bburn(?:ed)? out\b|\binjury time\b|\badding insult to injury\b|\bout of (?:the )?hospital\b.{0,20}\b(?:recover|surgery)|\bhospital (?:appointment|visit|stay|bag)\b(?!.{0,20}\b(?:burn|injur|shock|cut)\b)|\bmy (?:nurse|doctor)\b.{0,20}\b(?:recommend|suggest)|\bemergency (?:stop|shut[- ]?off)\b|\bsmoke and mirrors\b|\bsmoking hot\b|\bsmoking (?:deal|price|offer)\b|\bholy smoke",
    ),
    _x(
        "safety_incident",
        r"\b(?:could|can|would|might|may|will|does|do|is|are)(?:n't)? (?:it|this|that|they|these|those|the \w+|my \w+|a \w+|an \w+)(?: \w+)? (?:overheat|catch fire|smoke|melt|spark|burn|shock|explode|start a fire|get hot)\b|\b(?:worried|afraid|concerned|scared|nervous|anxious)(?: that)? (?:it|this|that|they|the \w+|my \w+)(?:'ll| will| could| might| may| would)(?: \w+)? (?:overheat|catch fire|smoke|melt|spark|burn|shock|explode)\b|\b(?:worried|afraid|concerned|scared|nervous|anxious) (?:about|of) (?:a |the )?(?:fire|fires|overheating|shocks?|burns?|melting|sparks?)\b|\b(?:is it possible|is there a risk|is there any risk|risk of|in case|what if|what happens if|how do i (?:prevent|avoid)|to (?:prevent|avoid)|before it|danger of|likely to|chance of|prone to|safe to)\b.{0,40}(?:overheat|catch fire|smoke|melt|spark|burn|shock|explode|fire)(?!\w*ed\b)",
    ),
    _x(
        "safety_incident",
        r"火が(?:付|つ)いたように(?:泣|怒)|火の(?:車|打ち所)|火を(?:見るより|つけた(?:の|のは))|燃え尽き|燃えるゴミ|燃えないゴミ|煙たが|けむに巻|煙に巻|怪我の功名|痛い目(?:に|を)|炎上(?:商法|させ|させる|するぞ|しますよ)|やけくそ|自棄|焼け石に水|焦げ付|熱くなって(?:しまい|すみ|ごめ)|熱中(?:して|する)|ケガのないよう|怪我のないよう|怪我をしないよう|ケガをしないよう|けがをしないよう|病院(?:の|で)(?:待|予約|帰り)|通院(?:中|している)で(?:忙|時間)|入院中の(?:母|父|家族)(?:に|へ|の)(?:プレゼント|贈)|異物(?:混入)?(?:はありません|はない|対策|検査)",
    ),
    _x(
        "safety_incident",
        r"(?:発火|火災|発煙|過熱|やけど|火傷|感電|怪我|ケガ|異物|煙)(?:の)?(?:(?:する|の|が|は|も)?(?:可能性|恐れ|おそれ|危険性|心配|リスク|不安|怖い|こわい)|(?:しない|しませんか|しないか|しないでしょうか|しますか|するのでしょうか|はないでしょうか|しそう|するかも|しないよう|しないように|を防|を予防|対策|防止|注意))|(?:リコール|回収)(?:対象|の対象)?(?:か|かどうか)|もし(?:も)?.{0,20}(?:たら|れば|なら)",
    ),
    _x(
        "media_threat",
        r"(?:テレビ局|新聞社|マスコミ|メディア|出版社|雑誌)(?:で|に)(?:働|勤)|(?:番組|記事|雑誌)で(?:紹介|取り上げ)(?:したい|させて|されて|されていた|されていました)|(?:テレビ|ニュース|新聞|番組|雑誌)で(?:見|知|紹介され)|\b(?:works?|worked|working) (?:at|for|in) (?:a |the )?(?:newspaper|tv|television|magazine|news)",
    ),
    _x(
        "regulator",
        r"(?:消費者庁|センター|保健所|経産省|経済産業省|nite|省)の.{0,10}?(?:サイト|ホームページ|ページ|情報|発表|公表|リスト|データベース|一覧)(?:で|を|に)|(?:リコール|回収)情報",
    ),
    _x(
        "legal_threat",
        r"訴え(?:たい|てやりたい|たくなる)(?:くらい|ぐらい|ほど|気分|気持ちに)|\b(?:could|would|want to) sue (?:you )?(?:for|over) (?:this|that)?,? (?:but|lol|haha)|\bi could sue\b.{0,20}\bbut\b",
    ),
    _x(
        "safety_incident",
        r"(?:他社|前|以前|昔)(?:の|に)(?:製品|ヒーター|ケトル|使っていた)|\b(?:from|by|of) (?:another|a different|a competitor'?s?|other) (?:brand|company|maker|manufacturer)\b|\b(?:years|months|long) ago\b|\b(?:old|previous|last) (?:heater|kettle|one|model)\b",
    ),
    _x(
        "safety_incident",
        r"(?:寒さ|暑さ|冷え|風邪|寒く|疲れ)(?:で|から|のせいで).{0,10}(?:体調|具合)",
    ),
    _x("vulnerable_customer", r"火が(?:付|つ)いたように"),
    _x(
        "media_threat",
        r"\bas an? (?:regular|private|normal|ordinary|paying) (?:customer|person|individual)\b|\bnot (?:writing|contacting you|here) (?:as|in) (?:a|my) (?:journalist|reporter|professional)|(?:一般の|普通の|いち|一)(?:客|顧客|消費者|個人)として|個人として",
        scope="text",
    ),
    _x(
        "media_threat",
        r"拡散(?:されて|された)(?:いる)?.{0,20}?(?:記事|噂|うわさ|情報|ニュース|話|投稿|動画)|(?:記事|噂|うわさ|情報|ニュース|話|投稿|動画)(?:は|って|が|の)(?:本当|事実|ほんと|真偽)",
    ),
    _x(
        "safety_incident",
        r"(?:焦げ臭く|煙が出|発火|燃え|溶け|やけど|火傷|怪我|ケガ|感電|過熱|熱く)[^。、]{0,6}?(?:ならないか|しないか|ないか|かどうか|か心配|か不安|のでは|かも|ないよう|ませんか|ますか|でしょうか)",
    ),
    _x(
        "media_threat",
        r"\b(?:saw|seen|see|read|found|noticed|came across|there(?:'s| is| was)|spotted) (?:a |an |the |some |this |that )?(?:\w+ )?(?:posts?|tweets?|videos?|threads?|articles?|reviews?|comments?)\b",
    ),
    _x(
        "media_threat",
        r"(?:レビュー|口コミ|評価)(?:を)?(?:書|投稿|つけ)(?:きたい|したい|たい)(?:のですが|んですが|けど)?.{0,12}(?:どこ|方法|やり方|どうやって|できます|ページ)|\b(?:where|how) (?:can|do|should) i (?:write|leave|post|submit) (?:a |my )?review\b|\bi(?:'d| would) (?:like|love) to (?:write|leave) (?:a |you a )?(?:review|nice review|good review)\b",
    ),
    _x(
        "legal_threat",
        r"訴訟(?:リスク|対策|保険|費用の)|\bsue-proof\b|\blegal (?:risk|liability insurance)\b",
    ),
    # ----------------------------------------------------------------- innocent look-alikes
    # Rice cookers burn rice: the food itself scorching is not a hazard (smoke, fire, melting
    # or an injury in the same text still is, through their own signals).
    _x(
        "safety_incident",
        r"(?:ご飯|ごはん|ご(?:は)?ん|お米|米|白米|玄米|おこげ|お焦げ|釜底|鍋底|内釜の底|底(?:の方)?|パン|トースト|餅|もち|魚|料理|おかず|肉|炊き上がり)[^。、]{0,10}?(?:焦げ|こげ)(?:る|て|た|付|つ|やす|気味|ること|ちゃ|すぎ|臭|くさ|た(?:ような)?(?:匂|臭|にお))?(?:てしま(?:う|い|った|います)|ます|ました|てい(?:る|ます))?|おこげ",
        scope="overlap",
    ),
    _x(
        "safety_incident",
        r"\b(?:rice|bottom layer|crust|toast|porridge|grains?|okoge)\b.{0,30}\b(?:burn(?:s|t|ed|ing)?|scorch(?:ed|es|ing)?|charred|blackened|brown(?:ed)?)\b|\bburn(?:s|t|ed|ing)? (?:the )?(?:rice|bottom|porridge|toast)\b|\b(?:scorched|burnt|burned|charred) (?:rice|bottom|crust|layer|toast)\b",
        scope="overlap",
    ),
    _x(
        "safety_incident",
        r"(?:電源|スイッチ|電話|コード|通話|設定|タイマー|ボタン|予約|運転|ブレーカー|封|袋|箱|テープ)を切っ",
        scope="overlap",
    ),
    # compensation_over_limit: return postage and fees are within the agent's authority.
    _x(
        "compensation_over_limit",
        r"(?:送料|返送料|返品送料|配送料|着払い|手数料|振込手数料|代引き手数料)(?:は|を|も|について)?(?:そちら|御社|貴社|お宅)?(?:で|が)?(?:ご)?負担",
        scope="overlap",
    ),
    _x(
        "compensation_over_limit",
        r"\b(?:return |the )?(?:postage|shipping|delivery charge|courier fee|return label)\b",
    ),
    # media_threat: featured in the media or online as the reason for buying.
    _x(
        "media_threat",
        r"(?:マスコミ|メディア|テレビ|tv|雑誌|新聞|ラジオ|sns|ネット|youtube|インスタ|tiktok|番組|ニュース|cm|広告)(?:など|とか|でも|にも|で|に|の)?(?:で|に|の)?(?:紹介|取り上げ|話題|特集|宣伝|掲載|出て|見かけ|見て|知っ|評判)(?:され|になっ|られ|を見|で見|して|てい|た|て)",
    ),
    _x(
        "media_threat",
        r"\b(?:saw|seen|spotted|heard about|found out about|read about|discovered) (?:it|this|you|your \w+|the \w+)(?: \w+)? (?:on|in|via|through) (?:the )?(?:tv|telly|news|media|press|papers?|radio|youtube|tiktok|instagram|reddit|an ad|a magazine|a video)\b|\bas (?:seen|featured) (?:on|in)\b|\b(?:featured|recommended|reviewed) (?:on|in|by) (?:tv|the news|a magazine|youtube|tiktok|a youtuber)\b",
    ),
    # regulator: an authority named in teaching, a leaflet, its website.
    _x(
        "regulator",
        r"(?:講座|セミナー|講演|勉強会|研修|授業|講習|出前講座|チラシ|パンフ|パンフレット|リーフレット|冊子|広報|注意喚起|啓発|テキスト|相談事例)(?:で|に|を|の|から|では|によると|には)",
    ),
    _x(
        "regulator",
        r"\b(?:leaflet|flyer|brochure|booklet|pamphlet|website|web ?site|newsletter|poster|podcast|advice page|factsheet)s? (?:from|by|of|says|said|states|explains|recommends|advises)\b|\b(?:in|at|from|during) (?:a|an|the|my|our) (?:\w+ ){0,3}(?:class|course|seminar|workshop|lecture|talk|training)\b",
    ),
    # The customer's own job, a personal question: not a threat from that role.
    _x(
        "media_threat",
        r"\b(?:nothing to do with|not (?:related to|about|for)) (?:my )?(?:work|job)\b|\b(?:a |this is a )?personal (?:question|matter|enquiry|inquiry)\b|\bin a personal capacity\b|仕事(?:とは|は)(?:関係|無関係)|個人的な(?:質問|問い合わせ|相談)",
        scope="text",
    ),
    _x(
        "regulator",
        r"\b(?:nothing to do with|not (?:related to|about|for)) (?:my )?(?:work|job)\b|\b(?:a |this is a )?personal (?:question|matter|enquiry|inquiry)\b|\bin a personal capacity\b|\b(?:i|my \w+) (?:work|works|worked|working) (?:at|for|in|with)\b|仕事(?:とは|は)(?:関係|無関係)|個人的な(?:質問|問い合わせ|相談)",
        scope="text",
    ),
    _x(
        "regulator",
        r"(?:保健所|センター|消費者庁|役所|市役所|区役所|行政)の[^。、]{0,8}?(?:さん|先生|方|職員|担当)(?:に|から|が)(?:勧め|すすめ|紹介|教え|聞い|言われ)|(?:勧め|すすめ|紹介)られて|\b(?:site|website|page|guidance|guidelines|rules|leaflet) (?:says|said|states|explains|recommends|advises)\b",
    ),
    _x(
        "legal_threat",
        r"裁判所(?:の|に|で)?(?:近く|前|隣|そば|向かい|周辺|あたり)|(?:裁判所|法律事務所|弁護士事務所)(?:の近く|で|に)(?:の)?[^。]{0,8}?(?:働|勤)",
    ),
    _x(
        "legal_threat",
        r"\b(?:nothing to do with|not (?:related to|about|for)) (?:my )?(?:work|job)\b|\bin a personal capacity\b",
        scope="text",
    ),
    # safety: what could happen, the cause elsewhere, what a product filters.
    _x(
        "safety_incident",
        r"(?:火事|発火|火災|爆発|感電|やけど|火傷|怪我|ケガ|煙|煙が出|焦げ)(?:に|が|を|で)?(?:なったら|起きたら|出たら|したら|あったら|起こったら|なる(?:かも|のでは)|なった場合|した場合|なったらどう)",
        scope="overlap",
    ),
    _x(
        "safety_incident",
        r"\b(?:because of|from|due to|caused by) (?:my|the|our|some|burnt) (?:toast|cooking|frying|candle|cigarette|bbq|barbecue|oven|pan|incense|fireplace|wood ?burner)\b|\b(?:filters?|removes?|clears?|captures?|eliminates?|gets? rid of|reduces?|handles?) (?:out )?(?:cigarette |cooking |wildfire |tobacco |the |any )?(?:smoke|fumes|smells?|odou?rs?)\b|\bnot your (?:product|heater|kettle|fault)\b",
    ),
    _x(
        "safety_incident",
        r"(?:ん|の|る|た|い|う|だ|な|か|わ)やけど(?!を|し|して|した|の(?:跡|痕|痛)|が|に)",
        scope="overlap",
    ),
    # media_threat: what reviews say, quoted.
    _x(
        "media_threat",
        r"(?:口コミ|クチコミ|レビュー|評価|ネット|sns|ブログ|サイト|記事|掲示板)(?:に|で|へ)[^。]{0,30}?(?:って|と)?書(?:いて|かれて)(?:あ|い|る)",
        scope="overlap",
    ),
    # repeat_contact: an earlier contact about something else, idioms, a hypothetical.
    _x(
        "repeat_contact",
        r"\b(?:a |an )?(?:totally |completely |entirely )?(?:different|another|unrelated|separate) (?:thing|issue|matter|problem|order|product|question|topic)\b|\blast year\b|\byears ago\b|\bthird time (?:lucky|'s a charm|is a charm)\b|別の件|別件|他の件|違う件|去年|昨年|(?:三|3)(?:回|度)目の正直|(?:回|度)目[^。]{0,6}?(?:になったら|とかになったら|になる前に|にならないよう)",
    ),
    _x(
        "repeat_contact",
        r"\b(?:or|or else|otherwise|and|then) (?:i(?:'ll)? )?keep (?:calling|ringing|emailing)",
        scope="overlap",
    ),
    # media_threat: having read reviews, following online, the SNS channel itself, praise.
    _x(
        "media_threat",
        r"(?:口コミ|クチコミ|レビュー|評価|評判|sns|ネット|インスタ|youtube|twitter|x)(?:の|を|で)?(?:評判|評価)?(?:を|で|が)?(?:見|読|参考|調べ|拝見|チェック|確認|信じ|よかった|良かった|高い|高かった)|(?:公式)?(?:sns|アカウント|インスタ|twitter|x)(?:を)?(?:フォロー|拝見|見て)|(?:sns|dm|twitter|x|インスタ)(?:の)?(?:dm|メッセージ)?(?:から|で)(?:失礼|連絡|問い合わせ|お問い合わせ|ご連絡)|(?:良い|いい|高)評価(?:を|の)?(?:つけ|付け|書|投稿)|星5|★5|(?:いい|良い|高評価の)(?:口コミ|レビュー)|(?:感謝|お礼)(?:の)?(?:レビュー|口コミ)|おすすめ(?:したい|します)",
    ),
    _x(
        "media_threat",
        r"\b(?:read|saw|seen|checked|checking|reading|based on|after reading|according to|trusted|believed) (?:the |your |some |all the |good |great |many |online |positive )*(?:reviews?|ratings?|comments|posts?|videos?|ads?)\b|\b(?:follow|followed|following|love|saw|found) you(?:r (?:page|account|posts?|channel|ads?))? on (?:instagram|twitter|x|facebook|tiktok|youtube|social media)\b|\b(?:5|five)[- ]star\b|\b(?:good|great|glowing|positive|nice|lovely) review\b|\b(?:messaging|writing to|contacting|dm(?:ing)?) you (?:here |on |via |through )|\b(?:via|through|on) (?:your )?(?:twitter|x|facebook|instagram) (?:dm|messages?|page)\b|\bas (?:the|your) (?:review|reviews) said\b|\bgo(?:ne)? viral (?:on )?(?:tiktok|youtube)? ?(?:recipe|video|trend)|\bsaw (?:it|this|the \w+) (?:on|in) (?:the )?(?:news|tv|media|press)\b",
    ),
    # customer_harassment: insults at the product rather than a person; the customer
    # reporting abuse they received; saying someone was NOT rude.
    _x(
        "customer_harassment",
        r"\b(?:this|the|that|stupid|damn|bloody|fucking|fricking|freaking) (?:stupid |damn |bloody |useless |fucking |freaking |piece of \w+ )?(?:kettle|heater|machine|thing|product|device|app|website|site|purifier|cooker|humidifier|filter|unit|system|box|order|delivery|form|process|policy)\b(?! (?:staff|agent|people|person))",
    ),
    _x(
        "customer_harassment",
        r"(?:この|こんな|あの)(?:ポンコツ|ゴミ|クズ|役立たず|欠陥)?(?:商品|製品|家電|機械|ケトル|ヒーター|加湿器|炊飯器|空気清浄機|フィルター|アプリ|サイト|システム)|(?:土下座|暴言|脅迫|カスハラ|ハラスメント)(?:しろ|をしろ|させろ|を求める)?(?:とは|なんて|まで)(?:は)?(?:言|求め|思|し)|(?:叱|怒)(?:られ|鳴られ)",
    ),
    _x(
        "customer_harassment",
        r"\b(?:i'm|i am|i feel|i felt|me|myself|i was|i look|i looked|i must be|made me (?:feel|look))\b.{0,12}\b(?:an? )?(?:idiot|stupid|dumb|moron|fool)\b|\b(?:called|calls|calling|treated|treats|treating) (?:me|us|my \w+)\b.{0,16}\b(?:idiot|stupid|dumb|moron|fool|liar)|\b(?:think|thinks|thought|assume|treat) (?:i'm|i am|we're|we are|me|us)\b.{0,12}\b(?:an? )?(?:idiot|stupid|dumb|moron)|\bidiot[- ]?proof\b|\bstupid question\b",
        scope="overlap",
    ),
    _x(
        "customer_harassment",
        r"(?:バカ|馬鹿|無能|クズ|アホ)(?:に|扱い)(?:され|し(?:て|た))|(?:バカ|馬鹿|アホ)(?:みたい|らしい|な質問|げ)|(?:私|自分)(?:が|は)(?:バカ|馬鹿|アホ)",
        scope="overlap",
    ),
    # privacy_incident: the customer's own details, or a question about handling.
    _x(
        "privacy_incident",
        r"(?:住所|電話番号|メールアドレス|登録情報|個人情報|氏名|名前)(?:の)?(?:変更|更新|修正|訂正|登録|削除)(?:を|したい|して|方法|手続|はどう)|個人情報(?:の)?(?:取り扱い|取扱|扱い|保護方針|管理)(?:について|は|を|方針|を教え)|プライバシーポリシー",
    ),
    _x(
        "privacy_incident",
        r"(?<!you to )(?<!them to )\b(?:update|change|correct|edit|add|delete|remove) (?:my|our) (?:\w+ )?(?:address|email|phone|name|details|card|account|data)\b|\bhow (?:do|does|will) you (?:handle|use|store|protect|process|keep) (?:my|our|customer|personal)\b|\bprivacy policy\b|\bleak(?:ed|ing|s|y)?\b.{0,20}\b(?:water|steam|fluid|oil|tank|pipe|valve|seal|hose|kettle|humidifier|bottom|base|lid)\b|\b(?:water|steam|fluid|oil|tank|pipe|valve|seal|hose|kettle|humidifier|bottom|base|lid|it|unit)\b.{0,20}\bleak(?:ed|ing|s|y)?\b|\bbreach of (?:contract|warranty|trust)\b",
    ),
    _x(
        "privacy_incident",
        r"(?:水|お湯|蒸気|タンク|水漏れ|液|油)(?:が|の)?(?:漏れ|もれ)|漏れ(?:てい|た)(?:水|お湯)",
    ),
    # compensation_over_limit: explicitly not asking for money.
    _x(
        "compensation_over_limit",
        r"(?:補償|賠償|慰謝料|弁償|お金)(?:など|なんて|とか)?(?:は|も)?(?:求め|要求|請求|いら|要ら|結構|必要)(?:て|ま)?(?:い)?(?:ない|ません)|(?:補償|賠償|慰謝料|弁償)(?:について|の対象|の範囲|制度|規定|はどう|は出|は可能|は受けられ|はあります|ってあり)",
    ),
    _x(
        "compensation_over_limit",
        r"\b(?:don't|do not|didn't|not|never|no need for|no)\b(?: \w+){0,3} (?:any )?(?:compensation|money|damages|reimbursement)\b|\bdo you (?:offer|provide|have|give) (?:any )?(?:compensation|reimbursement)\b|\b(?:is|are) (?:there )?(?:any )?(?:compensation|reimbursement)\b(?! (?:is|was) (?:owed|due))|\b(?:do|will|would|can) (?:you|i|we) (?:offer|provide|give|pay|get|receive|be entitled to) (?:any )?(?:compensation|reimbursement)\b.{0,30}\?|\bentitled to (?:any )?compensation\?|\b(?:covered|cover) (?:by|under) (?:the )?(?:warranty|guarantee)\b|\bpay for (?:shipping|postage|the return|return shipping|a new one|a replacement|the repair)\b|\b(?:will|would|could|can) (?:you|i) (?:pay for|cover) (?:the )?(?:shipping|postage|return|repair)\b",
    ),
    # repeat_contact: second contact, or counting something other than contacts.
    _x(
        "repeat_contact",
        r"2回目|二回目|2度目|二度目|初めて|はじめて|初回|(?:[3-9]|三|四|五)(?:回|度)目(?:の)?(?:購入|使用|利用|注文|交換品|修理|リピート|買い替え|洗浄|お手入れ)|何度(?:も)?(?:使|洗|試|やって|ためし|リセット|読|確認し|見)|何回(?:も)?(?:使|洗|試|やって|リセット|読|確認し|見|押)|何度か使|[3-9]回(?:も)?(?:使|洗|試|リセット|押)|(?:以前|前回)(?:も)?(?:購入|買|使|利用)",
    ),
    _x(
        "repeat_contact",
        r"\b(?:second|2nd) (?:time|call|email|contact)\b|\b(?:first|1st) time\b|\b(?:tried|tested|reset|restarted|rebooted|washed|cleaned|descaled|used|pressed|unplugged|checked|read|bought|ordered|purchased|replaced|plugged)\b.{0,25}\b(?:\d+|two|three|four|five|several|multiple|many|countless|numerous) times\b|\b(?:still|yet) (?:works|working|love|under warranty|have|waiting for (?:it|the) to (?:cool|heat|boil))\b|\b(?:bought|ordered|purchased|used)\b.{0,30}\bthe (?:third|fourth|3rd|4th|same) time\b|\b(?:third|fourth|fifth|3rd|4th|5th) (?:one|kettle|heater|unit|filter|purchase|order|item|product|replacement)\b|\brepeatedly (?:beeping|flashing|blinking|clicking|tripping|turning off|shutting)\b|\bstill (?:not (?:sure|certain)|no idea)\b",
    ),
    # vulnerable_customer: hyperbole and idioms of frustration.
    _x(
        "vulnerable_customer",
        r"死ぬほど|死ぬかと思|死ぬ気で|死にそうなくらい|死ぬほど待|殺す気か|死んでもいい(?:から|ほど)|(?:待ち|待たされ)すぎて死|泣きたい(?:気分|くらい|ほど)|泣けてくる|どうしていいか(?:わから|分から)ず(?:連絡|問い合わせ|メール)|(?:フリーズ|固まって|電源が入らず)動かな|(?:本体|機械|製品|商品|ヒーター|ケトル|アプリ|画面|ボタン|モーター|ファン)(?:が|は)(?:全く|まったく)?(?:動かな|倒れ)|倒れ(?:て|た)(?:いた|しまった)?(?:商品|製品|本体|ヒーター|加湿器|ケトル|箱)|転倒(?:時|防止)|(?:ヒーター|加湿器|製品|本体|商品)が倒れ|発作的に|助けてください(?:ませんか)?。?(?:使い方|設定|操作)",
    ),
    _x(
        "vulnerable_customer",
        r"\b(?:this|it|that|the wait|waiting|the hold music|you) (?:is|are|was) (?:literally )?killing me\b|\bkilling me\b|\bdying (?:to|for)\b|\bi could (?:just )?die\b|\bwanted to die of\b|\bdie of (?:embarrassment|shame|boredom|laughter)\b|\bbored to death\b|\bscared (?:me )?to death\b|\bsick to death\b|\bworried sick\b|\bover my dead body\b|\bemergency (?:room|contact|services? number|shut|stop|button|exit|mode|brake|light)\b|\bnot an emergency\b|\bin case of (?:an )?emergency\b|\bhelp me (?:understand|find|with|set|fix|figure|choose|get)\b|\bplease help (?:me|us) (?:understand|find|with|set|fix|figure|choose|get|sort|resolve)\b|\bcan(?:'t|not) breathe (?:a sigh|easy)\b|\b(?:the|my|it|this) (?:unit|heater|kettle|machine|device|fan|screen|app) (?:has |just )?collapsed\b|\bcrying shame\b|\bfor crying out loud\b|\bwhat a nightmare\b|\bpanic buying\b",
    ),
]


def build_lexicon(
    signals: list[Signal] = SIGNALS, suppressors: list[Suppressor] = SUPPRESSORS
) -> Lexicon:
    """Group signals and suppressors by flag, and build the literal prefilter."""
    lex = Lexicon()
    for s in signals:
        lex.signals.setdefault(s.flag, []).append(s)
    for x in suppressors:
        lex.suppressors.setdefault(x.flag, []).append(x)
    lex.gate = Gate([s.pattern for ss in lex.signals.values() for s in ss])
    return lex


# --------------------------------------------------------------------------- prefilter

_MAX_PREFIXES = 400


def literal_prefixes(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Literal strings one of which every match of ``pattern`` starts with, or ``None``.

    Zero-width items (``\\b``, lookarounds) are skipped; the walk stops at the first item
    that is not a literal, a small character class, a group or an optional part.
    """
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:  # pragma: no cover - the pattern compiled already
        return None
    found = _seq_prefixes(list(parsed))
    if not found or "" in found or len(found) > _MAX_PREFIXES:
        return None
    # A word boundary counts only before an ASCII word character (``\\b`` then "sue"); before
    # anything else it is dropped, which only makes the gate less selective.
    found = {x if not x.startswith(WORD_START) or _is_ascii_word(x[1:2]) else x[1:] for x in found}
    if "" in found:
        return None
    if pattern.flags & re.IGNORECASE:
        # The gate looks at folded (lower-case) text; a prefix that folding would change
        # cannot be looked for there, so such a pattern always runs.
        if any(unicodedata.normalize("NFKC", x).lower() != x.lower() for x in found):
            return None
        found = {x.lower() for x in found}
    return frozenset(found)


def _seq_prefixes(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Prefixes of a sequence of parsed items; ``{""}`` means "matches the empty string"."""
    return _walk(items)[0]


# A prefix this long (marker included) is selective enough; going on would only multiply.
_ENOUGH = 6


def _join(out: set[str], sub: set[str]) -> set[str]:
    # A word-start marker means something only at the very start of a prefix.
    return {p + (q.replace(WORD_START, "") if p else q) for p in out for q in sub}


def _walk(items: list[tuple[Any, Any]]) -> tuple[set[str] | None, bool]:
    """Prefixes of a sequence, and whether they are whole matches of it (so that the next
    item's prefixes may be appended)."""
    out = {""}
    for i, (op, av) in enumerate(items):
        if op is _c.AT and av is _c.AT_BOUNDARY and out == {""}:
            # Remembered as a marker so that the gate looks for "it" only at the start of a
            # word, not inside "with".
            out = {WORD_START}
            continue
        if op in (_c.AT, _c.ASSERT, _c.ASSERT_NOT):
            continue
        whole = True
        if op is _c.LITERAL:
            sub: set[str] | None = {chr(av)}
        elif op is _c.IN:
            chars = _class_chars(av)
            sub = set(chars) if chars is not None else None
        elif op is _c.SUBPATTERN:
            sub, whole = _walk(list(av[-1]))
        elif op is _c.BRANCH:
            parts = []
            for branch in av[1]:
                b, b_whole = _walk(list(branch))
                if b is None:
                    return _stop(out), False
                parts.append(b)
                whole = whole and b_whole
            sub = set().union(*parts)
            if len(sub) * len(out) > _MAX_PREFIXES:
                # Share the budget between the alternatives, so that one with many long
                # prefixes does not cut the others down to a letter or two.
                budget = _MAX_PREFIXES // len(out)
                sub = set()
                # Smallest first: what a small alternative leaves over goes to the larger ones.
                for n, b in enumerate(sorted(parts, key=len)):
                    share = max(1, (budget - len(sub)) // (len(parts) - n))
                    for k in (12, 8, 6, 5, 4, 3, 2, 1):
                        cut = {q[:k] for q in b}
                        if len(cut) <= share:
                            break
                    sub |= cut
                whole = False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT) and av[0] == 0:
            inner, inner_whole = _walk(list(av[2]))
            rest, rest_whole = _walk(items[i + 1 :])
            if inner is None or rest is None:
                return _stop(out), False
            # An optional part ("lips?") at the end of a whole sequence keeps it whole.
            whole = inner_whole and rest_whole and av[1] == 1
            options = (inner - {""}) | rest if not whole else _join(inner | {""}, rest)
            for k in (0, 6, 4, 3, 2):
                joined = _join(out, {q[:k] for q in options} if k else options)
                if len(joined) <= _MAX_PREFIXES:
                    return (joined, whole) if k == 0 and whole else (_stop(joined), False)
            return _stop(out), False
        elif op in (_c.MAX_REPEAT, _c.MIN_REPEAT):
            sub, whole = _walk(list(av[2]))
            whole = whole and av[0] == av[1] == 1
        else:
            return _stop(out), False
        if sub is None:
            return _stop(out), False
        joined = _join(out, sub)
        if len(joined) > _MAX_PREFIXES:
            # Too many to look for: shorter prefixes of the same alternatives still gate.
            for k in (6, 4, 3, 2):
                joined = _join(out, {q[:k] for q in sub})
                if len(joined) <= _MAX_PREFIXES:
                    return _stop(joined), False
            return _stop(out), False
        out = joined
        if not whole or ("" not in sub and min(map(len, out)) >= _ENOUGH):
            return out, False
    return out, True


WORD_START = "\x00"
"""Marks a prefix that must begin a word (the pattern starts with ``\\b``)."""


def _is_ascii_word(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch == "_")


# Zero-width, so that "i sue" yields both "i s" and "sue".
_WORD_HEAD = re.compile(r"\b(?=(\w.{0,2}))", re.ASCII | re.DOTALL)


def _class_chars(items: list[tuple[Any, Any]]) -> list[str] | None:
    """The characters of a small character class (``[3-9]``, ``\\d``, ``[¥$]``), else ``None``."""
    chars: list[str] = []
    for op, av in items:
        if op is _c.LITERAL:
            chars.append(chr(av))
        elif op is _c.RANGE and av[1] - av[0] <= 20:
            chars.extend(chr(x) for x in range(av[0], av[1] + 1))
        elif op is _c.CATEGORY and av is _c.CATEGORY_DIGIT:
            chars.extend("0123456789")
        else:
            return None
    return chars if len(chars) <= 24 else None


def _stop(out: set[str]) -> set[str] | None:
    return None if "" in out else out


class Gate:
    """One pass over the text that tells which signals can possibly match.

    Most signals start with one of a few literal strings (訴え, 弁護士, lawsuit). A single
    set lookup of the text's character pairs finds which of those prefixes occur; only the
    signals whose prefix occurs run their full pattern. A signal without a usable prefix always
    runs. A prefix that a pattern requires at the start of a word (``\\b`` then "it") is looked
    for only there, so that the common English words inside longer ones ("it" in "with") do not
    wake patterns up. This keeps a 2,000-character message within a few milliseconds however
    many signals there are.
    """

    def __init__(self, patterns: list[re.Pattern[str]]) -> None:
        self.prefixes: dict[int, frozenset[str] | None] = {
            id(p): literal_prefixes(p) for p in patterns
        }
        every = {x for ps in self.prefixes.values() if ps for x in ps}
        # Prefixes indexed by their first three characters (or fewer, for a short prefix):
        # a set intersection with the text's 1-, 2- and 3-grams finds the candidates.
        self._by_key: dict[str, list[str]] = {}
        # Word-start prefixes, indexed by their first three characters after the marker.
        self._by_head: dict[str, list[str]] = {}
        self._word_re: dict[str, re.Pattern[str]] = {}
        for x in every:
            if x.startswith(WORD_START):
                self._by_head.setdefault(x[1:4], []).append(x)
                if len(x) > 3:
                    self._word_re[x] = re.compile(r"\b" + re.escape(x[1:]), re.ASCII)
            else:
                self._by_key.setdefault(x[:3], []).append(x)

    def present(self, text: str) -> set[str]:
        """The prefixes that occur in ``text`` (word-start ones only at a word start)."""
        pairs = list(map(operator.add, text, text[1:]))
        keys = set(text)
        keys.update(pairs)
        keys.update(map(operator.add, pairs, text[2:]))
        out: set[str] = set()
        for key in self._by_key.keys() & keys:
            for x in self._by_key[key]:
                if len(x) <= 3 or x in text:
                    out.add(x)
        if self._by_head:
            heads = set(_WORD_HEAD.findall(text))
            heads.update([h[:2] for h in heads] + [h[:1] for h in heads])
            for key in self._by_head.keys() & heads:
                for x in self._by_head[key]:
                    if len(x) <= 3 or (x[1:] in text and self._word_re[x].search(text)):
                        out.add(x)
        return out

    def may_match(self, pattern: re.Pattern[str], present: set[str]) -> bool:
        """Whether ``pattern`` can match a text whose present prefixes are ``present``."""
        ps = self.prefixes.get(id(pattern))
        return ps is None or not ps.isdisjoint(present)
