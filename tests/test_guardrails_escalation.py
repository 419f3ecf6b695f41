"""The escalation engine against LABELING.md: hard positives and innocent look-alikes, both languages."""

from __future__ import annotations

import pytest

from guardrails.escalation import EscalationEngine, EscalationFlag, detect_language
from retrieval.corpus import PolicyRule, RuleCondition

ENGINE = EscalationEngine()


def names(text: str, lang: str = "auto") -> set[str]:
    return {f.flag for f in ENGINE.detect_text(text, lang)}


def flag(text: str, name: str) -> EscalationFlag:
    found = {f.flag: f for f in ENGINE.detect_text(text)}
    assert name in found, f"{name} not raised for {text!r}: {sorted(found)}"
    return found[name]


# (text, the exact set of flags expected). Each flag has hard positives (colloquial, polite,
# dialect, full-width, typos, mixed language) and the innocent look-alikes LABELING.md names.
CASES: list[tuple[str, set[str]]] = [
    # ------------------------------------------------------------ legal_threat
    ("弁護士に相談しています。今後は弁護士を通じてやり取りします。", {"legal_threat"}),
    ("これ以上対応しないなら、出るところに出ますよ。", {"legal_threat"}),
    ("内容証明を送らせていただきます。", {"legal_threat"}),
    ("ほんまに訴えたるからな", {"legal_threat"}),
    ("法的措置も検討しております。", {"legal_threat"}),
    ("ＹＯＵＲ company will be hearing from my attorney.", {"legal_threat"}),
    ("I've already spoken to a solicitor about this.", {"legal_threat"}),
    ("Fix it by Monday or I'm filing in small claims court.", {"legal_threat"}),
    ("If you don't refund me I will sue.", {"legal_threat"}),
    ("訴えるつもりはありません。直してほしいだけです。", set()),
    ("法的措置などは考えておりませんので、交換をお願いします。", set()),
    ("I'm not going to sue, I just want it fixed.", set()),
    ("I have no intention of taking legal action, just send a replacement.", set()),
    ("My daughter is a lawyer, she set it up for me, but the timer won't save.", set()),
    ("弁護士の友人に聞いたら使い方が間違っていると言われました。", set()),
    ("What is my legal name supposed to be on the warranty form?", set()),
    ("Is it legal to use this heater in a rented flat?", set()),
    ("正直訴えたいくらい腹が立っていますが、まずは交換をお願いします。", set()),
    # ------------------------------------------------------------ regulator
    ("消費生活センターにも相談済みです。", {"regulator"}),
    ("このまま放置するなら国民生活センターに報告します。", {"regulator"}),
    ("保健所に連絡しました。異物が入っていたので。", {"regulator", "safety_incident"}),
    ("I've reported you to Trading Standards.", {"regulator"}),
    ("I'm filing a complaint with the FTC and the BBB.", {"regulator"}),
    ("NITEにも報告済みです", {"regulator"}),
    ("保健所に勤めている者ですが、加湿器の消毒方法を教えてください。", set()),
    ("消費者センターで勧められて購入しました。フィルターの交換時期は？", set()),
    ("I work at the local health department and want to order ten units.", set()),
    ("消費者センターには連絡していません。まずはそちらと話したいです。", set()),
    # ------------------------------------------------------------ safety_incident
    ("ヒーターから煙が出て、焦げ臭いにおいがしました。", {"safety_incident"}),
    ("ケトルの取っ手が外れて、熱湯で手をやけどしました。", {"safety_incident"}),
    ("電源プラグが溶けて変形していました！", {"safety_incident"}),
    ("ご飯に金属片が混入していました。", {"safety_incident"}),
    ("The cord started sparking and there was a burning smell.", {"safety_incident"}),
    ("My son got an electric shock touching the purifier.", {"safety_incident"}),
    ("We both got sick after drinking water from the kettle.", {"safety_incident"}),
    ("Going to fire up the heater for the first time tonight, any tips?", set()),
    ("We are a smoke-free home, does the purifier remove cooking smells?", set()),
    ("赤ちゃんが火が付いたように泣くので、静かなモードはありますか？", set()),
    ("The kettle just doesn't turn on anymore.", set()),
    ("Could the heater overheat if I leave it on all night?", set()),
    ("発火の可能性はありますか？リコール対象か確認したいです。", set()),
    ("My lot number is 2410B, is it part of the recall?", set()),
    # ------------------------------------------------------------ media_threat
    ("この対応、全部SNSで拡散しますから。", {"media_threat"}),
    ("Ｘに今回のやり取りを晒します。", {"media_threat"}),
    ("レビューに星１で書いておきます。", {"media_threat"}),
    ("I'm going to post about this on Reddit and TikTok.", {"media_threat"}),
    ("The local paper will hear about this.", {"media_threat"}),
    ("Everyone should know how you treat customers.", {"media_threat"}),
    ("口コミを見て買いました。評判通りの使いやすさです。", set()),
    ("I read the reviews before buying and they were great.", set()),
    ("I follow you on Instagram! Quick question about filters.", set()),
    ("If this gets sorted I'll happily leave a 5-star review.", set()),
    ("Messaging you on Twitter because the phone line is always busy.", set()),
    # ------------------------------------------------------------ customer_harassment
    ("お前ほんとに無能だな。さっさと上を出せ。", {"customer_harassment"}),
    ("土下座して謝れ。", {"customer_harassment"}),
    ("今から家まで謝りに来い。菓子折り持ってな。", {"customer_harassment"}),
    ("納得するまで電話切らないからな。何時間でも付き合ってもらう。", {"customer_harassment"}),
    ("担当者の名前と住所を教えろ。", {"customer_harassment"}),
    ("You people are useless idiots.", {"customer_harassment"}),
    ("I'll keep calling every hour until someone fixes this.", {"customer_harassment"}),
    ("Come to my house and apologise on your knees.", {"customer_harassment"}),
    ("I know where you work. Watch your back.", {"customer_harassment"}),
    ("誠意を見せろ。さもないとネットに書き込むぞ。", {"customer_harassment", "media_threat"}),
    ("金を返さないとSNSで晒すぞ、バカ", {"customer_harassment", "media_threat"}),
    ("ふざけるな！届いたその日に壊れるなんて、すぐ交換しろ！", set()),
    ("This is ridiculous, I want a refund now!", set()),
    ("This stupid kettle is a piece of junk.", set()),
    ("Could I speak to a supervisor, please?", set()),
    ("Do you think I'm stupid? The manual says nothing about descaling.", set()),
    ("Your agent called me an idiot on the phone yesterday.", set()),
    ("このポンコツヒーター、ほんとふざけんなって感じです。", set()),
    # ------------------------------------------------------------ privacy_incident
    ("届いた荷物に他人の納品書が入っていました。", {"privacy_incident"}),
    ("私ではない方の氏名と電話番号が確認メールに載っています。", {"privacy_incident"}),
    ("身に覚えのないログイン通知が来ました。", {"privacy_incident"}),
    ("The invoice in my parcel had someone else's name and address.", {"privacy_incident"}),
    ("You emailed my order details to the wrong person.", {"privacy_incident"}),
    ("My account was accessed by a stranger and the address changed.", {"privacy_incident"}),
    ("住所を変更したいのですが、どうすればいいですか。", set()),
    ("How do you handle my personal data if I join the filter club?", set()),
    ("Please update my phone number to the new one.", set()),
    ("The humidifier is leaking water onto the table.", set()),
    ("加湿器の水が漏れています。", set()),
    # ------------------------------------------------------------ compensation_over_limit
    ("慰謝料として10万円請求します。", {"compensation_over_limit"}),
    ("冷凍庫の食材が全部だめになったので、その分を弁償してください。", {"compensation_over_limit"}),
    (
        "I took a day off work for the engineer who never came; I expect compensation for lost wages.",
        {"compensation_over_limit"},
    ),
    ("I paid ¥45,000 for this heater and I want a full refund.", {"compensation_over_limit"}),
    ("Refund me $400 now.", {"compensation_over_limit"}),
    ("５万円返金してください。", {"compensation_over_limit"}),
    ("I paid ¥45,000, please repair it.", set()),
    ("20,000円の返金をお願いします。", set()),
    ("I'd like a refund of ¥4,980 for the kettle.", set()),
    ("返金ではなく交換を希望します。45,000円で買ったものなので。", set()),
    ("I don't want compensation, just a working heater.", set()),
    ("Is there any compensation for the delay?", set()),
    ("30,000円の返金をお願いします。", set()),
    ("I paid ¥32,000 for the heater and want a refund.", {"compensation_over_limit"}),
    # ------------------------------------------------------------ repeat_contact
    ("この件で問い合わせるのは3回目です。", {"repeat_contact"}),
    ("何度も電話しているのに、毎回同じ説明をさせられます。", {"repeat_contact"}),
    ("I've called four times about this and still nothing.", {"repeat_contact"}),
    ("This is my 5th email on the same order.", {"repeat_contact"}),
    ("2回目の問い合わせです。前回の回答で直りませんでした。", set()),
    ("This is my second message about the filter.", set()),
    ("I've tried resetting it three times, it still beeps.", set()),
    ("この加湿器は3台目の購入です。", set()),
    # ------------------------------------------------------------ vulnerable_customer
    ("もう死にたいです。何もかもうまくいかない。", {"vulnerable_customer"}),
    ("I honestly don't see the point in living anymore.", {"vulnerable_customer"}),
    (
        "88歳の父が一人で住んでいて、ヒーターが壊れて部屋が凍えるほど寒いんです。",
        {"vulnerable_customer"},
    ),
    (
        "My elderly mother has had no heating for two days in this freezing weather.",
        {"vulnerable_customer"},
    ),
    ("My husband just collapsed and isn't breathing properly.", {"vulnerable_customer"}),
    ("This wait is killing me.", set()),
    ("死ぬほど待ちました。早く送ってください。", set()),
    ("I'm dying to try the new purifier.", set()),
    ("泣きたい気分ですが、とにかく交換してください。", set()),
    # ------------------------------------------------------------ colloquial, indirect, typos
    ("このままだと法的手段に訴えることも辞さない", {"legal_threat"}),
    ("im gonna sue ur company", {"legal_threat"}),
    ("Ill be speaking to a lawyr tomorrow.", {"legal_threat"}),
    ("My neighbour sued his landlord over a heater, but I just want mine fixed.", set()),
    ("訴訟リスクを避けるために、業務用での使用は保証対象外ですか？", set()),
    ("しかるべき機関に相談させていただきます。", {"regulator"}),
    ("保健所の指導で加湿器を置くことになりました。おすすめは？", set()),
    ("手が赤く腫れてヒリヒリしています。ケトルの蒸気が当たりました。", {"safety_incident"}),
    ("ヒーターがバチッと音を立てて焦げた", {"safety_incident"}),
    ("子供がいるので感電が心配です。コンセントカバーはありますか？", set()),
    ("The heater is smoking hot in this sale price lol.", set()),
    ("My mother is in hospital, please deliver to my address instead.", set()),
    ("The display has burn-in.", set()),
    ("X(旧Twitter)に投稿します", {"media_threat"}),
    ("こんな会社、みんなに知ってもらわないと。口コミで広めます。", {"media_threat"}),
    ("This is going on facebook tonight", {"media_threat"}),
    ("レビューを書きたいのですが、どこから書けますか？", set()),
    ("I saw a post on Twitter that the HK-H200 was recalled. Is mine affected?", set()),
    ("SNSには書きませんので、早めに対応をお願いします。", set()),
    ("お前んとこの社員教育どうなってんだよ、クズ共が", {"customer_harassment"}),
    ("てめぇの名前は？覚えとくからな", {"customer_harassment"}),
    ("You're a f***ing idiot", {"customer_harassment"}),
    ("I want every single person involved fired.", {"customer_harassment"}),
    ("The customer before me was shouting at your staff, they handled it well.", set()),
    ("他の方の個人情報が同封されていました", {"privacy_incident"}),
    ("お宅で買ってから迷惑電話が急に増えた。情報が漏れてるんじゃないの？", {"privacy_incident"}),
    ("Someone else's credit card number was printed on my receipt!", {"privacy_incident"}),
    ("迷惑料として3万円ください", {"compensation_over_limit"}),
    ("I'd like a refund for the ¥1,980 filter I didn't need.", set()),
    ("もう何回目かわからないくらい電話してます", {"repeat_contact"}),
    ("Contacted you 3x already", {"repeat_contact"}),
    ("The courier has rescheduled my delivery three times now.", set()),
    ("何度もすみません、もう一つ質問です。", set()),
    ("父が倒れて意識がありません。", {"vulnerable_customer"}),
    (
        "I'm 82 and live alone, the heater broke and it's 3 degrees in my flat.",
        {"vulnerable_customer"},
    ),
    ("I've been crying all day, I can't cope with this anymore.", {"vulnerable_customer"}),
    ("認知症予防の本で加湿が大事と読みました。", set()),
    ("Emergency: my order is late and it's my wife's birthday tomorrow!", set()),
    ("I need the heater urgently, it's freezing in my flat.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_flags(text: str, expected: set[str]) -> None:
    assert names(text) == expected


# (text, flag, exact evidence quoted from the text)
EVIDENCE: list[tuple[str, str, str]] = [
    ("もう限界。弁護士に相談します。", "legal_threat", "弁護士に相談"),
    ("If you don't fix this I'll sue.", "legal_threat", "sue"),
    ("ヒーターから煙が出ました", "safety_incident", "煙が出"),
    ("The kettle caught fire and burned my hand", "safety_incident", "caught fire"),
    ("全部ＳＮＳで拡散します", "media_threat", "ＳＮＳで拡散"),
    ("５万円返金しろ", "compensation_over_limit", "５万円"),
    ("土下座しろ", "customer_harassment", "土下座"),
    ("３回目の問い合わせです", "repeat_contact", "３回目の"),
]


@pytest.mark.parametrize(("text", "name", "evidence"), EVIDENCE)
def test_evidence_is_the_customers_span(text: str, name: str, evidence: str) -> None:
    f = flag(text, name)
    assert f.evidence == evidence
    assert f.start is not None and f.end is not None
    assert text[f.start : f.end] == evidence


def test_severity_follows_the_evidence() -> None:
    assert flag("The heater started smoking.", "safety_incident").severity == "high"
    assert flag("The heater caught fire.", "safety_incident").severity == "critical"
    assert flag("子どもが火傷しました", "safety_incident").severity == "critical"


def test_flag_shape_and_guidance() -> None:
    f = flag("お前はバカか", "customer_harassment")
    assert (f.route, f.severity, f.policy_id) == ("supervisor", "high", None)
    assert f.guidance and "記録" in f.guidance
    en = flag("You idiot.", "customer_harassment")
    assert en.guidance and "supervisor" in en.guidance


# ------------------------------------------------------------------ tickets


def ticket(*texts: str, tier: str = "standard", contact_count: int = 1, lang: str = "auto") -> dict:
    return {
        "ticket_id": "T-1",
        "language": lang,
        "customer": {"tier": tier, "contact_count": contact_count},
        "messages": [
            {"role": "customer" if i % 2 == 0 else "agent", "text": t} for i, t in enumerate(texts)
        ],
    }


def test_contact_count_raises_repeat_contact() -> None:
    result = ENGINE.assess(ticket("リモコンが効きません。", contact_count=3))
    assert result.escalate
    (f,) = result.flags
    assert (f.flag, f.evidence, f.start) == ("repeat_contact", "contact_count: 3", None)
    assert not ENGINE.assess(ticket("リモコンが効きません。", contact_count=2)).escalate


def test_earlier_customer_turns_count_and_agent_turns_do_not() -> None:
    t = ticket(
        "弁護士に相談中です。", "弁護士に相談されているとのこと、承知しました。", "まだ届きません。"
    )
    result = ENGINE.assess(t)
    assert result.names == {"legal_threat"}
    assert result.flags[0].message_index == 0
    agent_only = ticket(
        "Hello", "Our lawyer says we will sue you"
    )  # the agent's turn, not the customer's
    assert not ENGINE.assess(agent_only).escalate


def test_latest_message_withdraws_an_earlier_threat() -> None:
    t = ticket(
        "I'll sue you.",
        "I'm sorry to hear that.",
        "Actually I'm not going to sue, just send the part.",
    )
    assert "legal_threat" not in ENGINE.assess(t).names


@pytest.mark.parametrize(
    "latest",
    [
        "Fine. Forget what I said about suing, just send the part.",
        "訴えると言いましたが、撤回します。交換をお願いします。",
    ],
)
def test_words_taken_back_withdraw_the_flag(latest: str) -> None:
    t = ticket("I'll sue you.", "I'm sorry to hear that.", latest)
    assert "legal_threat" not in ENGINE.assess(t).names


def test_vip_raises_severity() -> None:
    std = ENGINE.assess(ticket("SNSで拡散します")).flags[0]
    vip = ENGINE.assess(ticket("SNSで拡散します", tier="vip")).flags[0]
    assert (std.severity, vip.severity) == ("medium", "high")


def test_demand_across_messages_over_authority() -> None:
    t = ticket(
        "45,000円で購入したヒーターが壊れました。",
        "ご不便をおかけし申し訳ございません。",
        "全額返金してください。",
    )
    assert ENGINE.assess(t).names == {"compensation_over_limit"}


def test_threat_as_leverage_for_a_coercive_demand_is_harassment() -> None:
    # 誠意 alone is a weak signal; pressed with a public-exposure threat it is harassment.
    assert names("誠意ある対応をしろ。") == set()
    assert names("誠意ある対応をしろ。しないならSNSに晒す。") == {
        "customer_harassment",
        "media_threat",
    }


def test_demand_ten_times_the_price_is_harassment() -> None:
    text = "I paid $40 for this kettle. I want $2,000 for the trouble."
    assert {"customer_harassment", "compensation_over_limit"} <= names(text)


def test_authority_limit_is_a_setting() -> None:
    strict = EscalationEngine(authority_limit_jpy=10_000)
    assert {f.flag for f in strict.detect_text("2万円返金してください")} == {
        "compensation_over_limit"
    }
    assert names("2万円返金してください") == set()


# ------------------------------------------------------------------ policy rules


def rule(**kw: object) -> PolicyRule:
    base: dict[str, object] = {"id": "r-1", "flag": "legal_threat"}
    base.update(kw)
    return PolicyRule.model_validate(base)


def test_rule_keyword_sets_policy_and_overrides() -> None:
    engine = EscalationEngine(
        rules=[
            rule(
                keywords={"ja": ["消費者契約法"]},
                severity="critical",
                route="legal_ops",
                guidance={"ja": "法務へ"},
            )
        ]
    )
    (f,) = engine.detect_text("消費者契約法に違反していると思います", "ja")
    assert (f.flag, f.policy_id, f.severity, f.route, f.guidance, f.evidence) == (
        "legal_threat",
        "r-1",
        "critical",
        "legal_ops",
        "法務へ",
        "消費者契約法",
    )


def test_rule_keywords_pass_the_negation_filter() -> None:
    engine = EscalationEngine(rules=[rule(keywords={"en": ["small claims"]})])
    assert engine.detect_text("I'm not going to small claims over this", "en") == []


def test_rule_pattern_written_for_the_raw_text() -> None:
    # A corpus author may write full-width characters; they still match what customers type.
    engine = EscalationEngine(
        rules=[rule(id="fw", flag="media_threat", patterns=["ＴＶ局に(?:行|電話)"])]
    )
    (f,) = engine.detect_text("ＴＶ局に電話します", "ja")
    assert (f.policy_id, f.evidence) == ("fw", "ＴＶ局に電話")


def test_rule_when_conditions() -> None:
    amount_rule = rule(
        id="big",
        flag="compensation_over_limit",
        when=RuleCondition(min_amount=100_000),
        severity="high",
    )
    tier_rule = rule(id="vip-legal", when=RuleCondition(customer_tier=["vip"]), severity="critical")
    count_rule = rule(
        id="vip-repeat",
        flag="repeat_contact",
        when=RuleCondition(customer_tier=["vip"], min_contact_count=2),
    )
    engine = EscalationEngine(rules=[amount_rule, tier_rule, count_rule])
    big = {f.flag: f for f in engine.detect_text("慰謝料として50万円を請求します")}
    assert big["compensation_over_limit"].policy_id == "big"
    assert big["compensation_over_limit"].severity == "high"
    # A tier-only rule qualifies a raised flag; it never raises one on its own.
    assert not engine.assess(ticket("ケトルが沸きません", tier="vip")).escalate
    vip = engine.assess(ticket("訴えます", tier="vip"))
    assert [(f.flag, f.policy_id, f.severity) for f in vip.flags] == [
        ("legal_threat", "vip-legal", "critical")
    ]
    repeat = engine.assess(ticket("まだ直りません", tier="vip", contact_count=2))
    # The tier's own rule set the severity; the VIP bump is not applied on top of it.
    assert [(f.flag, f.policy_id, f.severity) for f in repeat.flags] == [
        ("repeat_contact", "vip-repeat", "medium")
    ]


def test_rule_keyword_without_its_amount_does_not_fire() -> None:
    engine = EscalationEngine(
        rules=[
            rule(
                id="refund",
                flag="compensation_over_limit",
                keywords={"en": ["full refund"]},
                when=RuleCondition(min_amount=30_000),
            )
        ]
    )
    assert engine.detect_text("I want a full refund of the ¥4,980 kettle", "en") == []
    (f,) = engine.detect_text("I paid ¥45,000, I want a full refund", "en")
    assert f.policy_id == "refund"


def test_sample_corpus_rules_load_and_fire(sample_corpus_dir) -> None:  # type: ignore[no-untyped-def]
    from retrieval.corpus import load_corpus

    try:
        corpus = load_corpus(sample_corpus_dir)
    except Exception as exc:  # the corpus is written in parallel
        pytest.skip(f"sample corpus does not load yet: {exc}")
    engine = EscalationEngine(rules=corpus.rules, flags=corpus.flags)
    result = engine.assess(ticket("ヒーターから火が出ました！", contact_count=1))
    assert "safety_incident" in result.names


# ------------------------------------------------------------------ misc


@pytest.mark.parametrize(
    ("text", "lang"),
    [("ヒーターが壊れました", "ja"), ("The heater broke", "en"), ("HK-H200のheaterが壊れた", "ja")],
)
def test_detect_language(text: str, lang: str) -> None:
    assert detect_language(text) == lang


def test_one_flag_per_name_with_the_strongest_evidence() -> None:
    flags = ENGINE.detect_text("弁護士に相談しました。訴訟を起こします。内容証明も送ります。")
    assert [f.flag for f in flags] == ["legal_threat"]


# Wording seen beyond the development set: an incident told by its physical effects, data
# that shows up in the wrong place, money asked for as "cover it", audiences and named
# platforms, obstruction, indirect ideation, counts per period. Each with innocent twins.
GENERALISATION: list[tuple[str, set[str]]] = [
    # ------------------------------------------------------------ safety: physical effects
    ("コンセントに差した瞬間パチッと鳴って、壁に黒い焦げ跡が残りました。", {"safety_incident"}),
    ("There was a loud bang from the back and now there's soot on the wall.", {"safety_incident"}),
    ("When I touch the metal side I feel a tingling in my fingers.", {"safety_incident"}),
    ("取っ手を持つと手がビリビリします。", {"safety_incident"}),
    ("ご飯に硬い欠片が入っていて、噛んだら歯が欠けました。", {"safety_incident"}),
    ("My son cut his gum on a sliver of plastic in his cereal.", {"safety_incident"}),
    ("内釜のコーティングが剥がれて、ご飯に黒い粒が混ざっています。", {"safety_incident"}),
    ("The non-stick coating is flaking off into the rice.", {"safety_incident"}),
    ("It made a popping sound and a flash came out of the vent.", {"safety_incident"}),
    ("壁のコンセントの周りに煤が付いていました。", {"safety_incident"}),
    (
        "I will be telling my lawyer that the charger melted and burned my daughter's hand.",
        {"safety_incident", "legal_threat"},
    ),
    (
        "保健所にも連絡済みですが、子どもが食べたあと何度も吐きました。",
        {"safety_incident", "regulator"},
    ),
    # innocent twins
    ("ご飯の底が少し焦げてしまいます。水加減の問題でしょうか？", set()),
    ("The rice keeps getting scorched on the bottom, which setting should I use?", set()),
    ("お米が黒く焦げることがあります。おこげモードはありますか？", set()),
    ("The paint on the outside is chipping a little, it's only cosmetic.", set()),
    ("The glass lid broke into pieces when I dropped it; can I buy a spare?", set()),
    ("A pop-up on the app keeps saying error E3.", set()),
    ("Great bang for the buck, but the timer is confusing.", set()),
    # ------------------------------------------------------------ privacy: wrong place
    ("確認メールに知らない人の住所と電話番号が載っていました。", {"privacy_incident"}),
    ("マイページを開いたら、別の方の注文履歴が表示されています。", {"privacy_incident"}),
    ("My account page is showing orders from some other guy in Leeds.", {"privacy_incident"}),
    (
        "The repair paperwork you sent back has a different person's phone number on it.",
        {"privacy_incident"},
    ),
    ("There are two orders on my account that I never placed.", {"privacy_incident"}),
    ("覚えのない注文が2件入っていて、パスワードも変えられていました。", {"privacy_incident"}),
    (
        "配達員がインターホン越しに私の名前と注文内容を読み上げ、隣の人に聞かれました。",
        {"privacy_incident"},
    ),
    (
        "Your driver told my neighbour what I'd ordered and gave her my phone number.",
        {"privacy_incident"},
    ),
    ("レシートに知らない人のカード番号の下4桁が印字されていました。", {"privacy_incident"}),
    ("返送されてきた修理品の箱に、別の人の修理伝票が入っていました。", {"privacy_incident"}),
    # innocent twins
    ("確認メールが届きません。迷惑メールフォルダも見ました。", set()),
    ("マイページで注文履歴を見る方法を教えてください。", set()),
    ("Can the driver leave the parcel with my neighbour if I'm out?", set()),
    ("I placed two orders by mistake, please cancel one of them.", set()),
    ("インターホンを押しても誰も出なかったと不在票が入っていました。", set()),
    # ------------------------------------------------------------ compensation: cover it
    (
        "The leak ruined my floor. It cost me £800 to fix and I expect you to pay.",
        {"compensation_over_limit"},
    ),
    (
        "業者に頼んで壁紙を張り替えたので、その費用8万円を負担してください。",
        {"compensation_over_limit"},
    ),
    (
        "My stall was shut for two days because the freezer died; cover my lost sales.",
        {"compensation_over_limit"},
    ),
    (
        "店を2日閉めることになったので、売上の損失分を補填してほしいです。",
        {"compensation_over_limit"},
    ),
    (
        "The dentist bill came to €450 after I bit the shard; I want it reimbursed.",
        {"compensation_over_limit", "safety_incident"},
    ),
    ("歯医者の治療代はそちらで負担してください。", {"compensation_over_limit"}),
    ("水漏れで床と配管が傷んだので、修理費用を出してもらいたい。", {"compensation_over_limit"}),
    ("I want my £250 back for the blender.", {"compensation_over_limit"}),
    ("Please refund the ¥48,000 I paid for the purifier.", {"compensation_over_limit"}),
    # innocent twins
    ("I paid £300 for it in your London shop, please repair it.", set()),
    ("The kettle cost me £40 and broke within a week, please refund it.", set()),
    ("返送の送料はそちらで負担していただけますか。", set()),
    ("歯医者の予約があるので、配達は午後にしてください。", set()),
    ("I lost my receipt, can you still repair it under the warranty?", set()),
    # ------------------------------------------------------------ media: audiences, platforms
    ("I have 40k followers and every one of them will hear about this.", {"media_threat"}),
    ("フォロワー1万人に今回の対応を共有させてもらいます。", {"media_threat"}),
    ("This is going straight on TikTok tonight.", {"media_threat"}),
    ("食べログに全部書きますからね。", {"media_threat"}),
    ("Googleレビューに今回の件を書いておきます。", {"media_threat"}),
    ("Enjoy the Reddit thread I'm writing about you tonight.", {"media_threat"}),
    ("価格.comのクチコミに正直に書かせてもらいます。", {"media_threat"}),
    # innocent twins
    ("マスコミで紹介されていたので購入しました。", set()),
    ("Saw it on TV last week and had to have one.", set()),
    ("フォロワーさんに勧められて買いました。使い方を教えてください。", set()),
    ("Your recipe videos on YouTube are great, where is the manual?", set()),
    ("食べログで見たお店とのコラボ商品はまだ買えますか？", set()),
    # ------------------------------------------------------------ harassment: obstruction, all staff
    ("I'll tie up your phone line all day every day until this is fixed.", {"customer_harassment"}),
    ("毎日電話してやるからな。", {"customer_harassment"}),
    ("業務妨害になろうが知ったことか、店の前で騒いでやる。", {"customer_harassment"}),
    ("Useless, the lot of you.", {"customer_harassment"}),
    ("ここの社員は全員無能。", {"customer_harassment"}),
    (
        "I'll put your name and photo online so everyone knows who you are.",
        {"customer_harassment", "media_threat"},
    ),
    ("担当者の名前と顔をネットに晒してやる。", {"customer_harassment", "media_threat"}),
    # innocent twins
    ("The staff at your store were all lovely, thank you.", set()),
    ("社員の皆さんは全員丁寧でした。", set()),
    ("Could you tell me the name of the agent I spoke to so I can thank her?", set()),
    # ------------------------------------------------------------ legal: court, small claims
    ("I'm taking your company to court over this.", {"legal_threat"}),
    ("I'm lodging a claim at the county court next week.", {"legal_threat"}),
    ("Expect to hear from my solicitors.", {"legal_threat"}),
    ("少額訴訟の準備をしています。", {"legal_threat"}),
    ("こうなったら裁判沙汰も辞さないつもりです。", {"legal_threat"}),
    ("司法書士に相談して、法的手段を取ることにしました。", {"legal_threat"}),
    # innocent twins
    ("My solicitor needs a copy of the warranty for the house sale.", set()),
    ("裁判員に選ばれたので、配達日を変更したいです。", set()),
    # ------------------------------------------------------------ vulnerable: indirect, emergencies
    ("Honestly everyone would be better off without me.", {"vulnerable_customer"}),
    ("もう生きていても仕方ないと思ってしまいます。", {"vulnerable_customer"}),
    ("消えてしまいたいです。", {"vulnerable_customer"}),
    ("Mum has fallen and she's on the floor, she can't get up.", {"vulnerable_customer"}),
    ("My dad is on the floor and confused, he doesn't know where he is.", {"vulnerable_customer"}),
    ("祖母が台所で倒れていて、呼びかけても反応がありません。", {"vulnerable_customer"}),
    # innocent twins
    ("The heater fell over and is lying on the floor, is it safe to use?", set()),
    ("I'm so confused by these instructions, which button is the timer?", set()),
    ("消えてしまった注文履歴を元に戻したいです。", set()),
    # ------------------------------------------------------------ repeat: counts per period
    ("Calling again — 4th time.", {"repeat_contact"}),
    ("Third time this week I've had to chase this.", {"repeat_contact"}),
    ("今週3回目の連絡です。", {"repeat_contact"}),
    ("I've been in touch three times this week about the same fault.", {"repeat_contact"}),
    # innocent twins
    ("Still hasn't arrived, can you check the tracking?", set()),
    ("The parcel still hasn't arrived and the tracking hasn't moved.", set()),
    ("子どもが何度もボタンを押してしまうので、ロック機能はありますか？", set()),
    ("父が何度も同じことを聞いてくるので、操作を簡単にしたいです。", set()),
    ("I use it three times a week.", set()),
    # ------------------------------------------------------------ more paraphrases
    ("The socket crackled and now the wall around it is black.", {"safety_incident"}),
    ("My toddler touched the side and got a little zap, she cried.", {"safety_incident"}),
    ("電源を入れたらボンッと音がして、焦げた臭いがしました。", {"safety_incident"}),
    ("I logged in and the saved address is some stranger's in Bristol.", {"privacy_incident"}),
    ("配送業者が近所の人に私の電話番号を教えたそうです。", {"privacy_incident"}),
    (
        "The plumber charged me £350 to fix the pipe your unit cracked; I expect you to pay that.",
        {"compensation_over_limit"},
    ),
    (
        "I had to close my café for a day — I want my lost takings covered.",
        {"compensation_over_limit"},
    ),
    ("Nobody would even notice if I was gone.", {"vulnerable_customer"}),
    ("Grandad fell in the bathroom and isn't answering me.", {"vulnerable_customer"}),
    ("今月だけで4回目の問い合わせです。", {"repeat_contact"}),
    ("The rice got a bit burnt at the bottom on quick mode.", set()),
    ("パンを焼いたら少し焦げました。温度設定はどうすればいいですか。", set()),
    ("Is this compatible with the one I bought last year? Third time buying from you!", set()),
    ("子どもが何度も電源を切ってしまいます。", set()),
    ("ピリッと辛いカレーを作りたいのですが、電気圧力鍋で作れますか。", set()),
    ("Featured on the BBC last night — is it back in stock?", set()),
    # ------------------------------------------------------------ authorities named innocently
    ("消費生活センターの講座で聞いたのですが、保証書は保管した方がいいですか？", set()),
    ("A leaflet from the consumer council said to register my product. How do I?", set()),
    ("I learned in a consumer rights class that I should keep the receipt.", set()),
]


@pytest.mark.parametrize(
    ("text", "expected"), GENERALISATION, ids=[c[0][:40] for c in GENERALISATION]
)
def test_flags_beyond_the_dev_set(text: str, expected: set[str]) -> None:
    assert names(text) == expected


def test_reason_is_in_the_tickets_language() -> None:
    (ja,) = ENGINE.assess(ticket("ヒーターから煙が出ました。")).flags
    (en,) = ENGINE.assess(ticket("The heater started smoking.")).flags
    assert ja.reason == "発煙・異臭・溶け・過熱・焦げ跡など、製品の危険な状態の報告です。"
    assert en.reason.startswith("A physical hazard")


def test_short_evidence_is_widened_to_its_sentence() -> None:
    text = "こんにちは。昨日ケトルの取っ手が外れて、手に怪我をしました。交換してください。"
    f = flag(text, "safety_incident")
    assert f.evidence == "昨日ケトルの取っ手が外れて、手に怪我をしました。"
    assert f.start is not None and f.end is not None
    assert text[f.start : f.end] == f.evidence
    # Longer evidence stays the matched span.
    assert flag("The kettle caught fire and burned my hand", "safety_incident").evidence == (
        "caught fire"
    )


def test_an_incident_is_not_withdrawn_by_a_later_negation() -> None:
    t = ticket(
        "The heater caught fire in the living room last night.",
        "I'm so sorry. Is everyone safe?",
        "Yes. We haven't used it since. When will someone call me?",
    )
    assert ENGINE.assess(t).names == {"safety_incident"}


@pytest.mark.parametrize(
    ("first", "latest", "gone"),
    [
        (
            "対応が遅いならSNSに書くからね。",
            "あ、届きました。さっきのは撤回します、書きません。",
            "media_threat",
        ),
        (
            "I'm close to calling a lawyer over this.",
            "Ok, forget the lawyer comment, I was venting.",
            "legal_threat",
        ),
        (
            "ヒーターからバチッて音がした",
            "よく見たら静電気でした。本体は問題なさそうです",
            "safety_incident",
        ),
    ],
)
def test_a_later_retraction_withdraws_earlier_flags(first: str, latest: str, gone: str) -> None:
    assert gone in ENGINE.assess(ticket(first)).names
    assert gone not in ENGINE.assess(ticket(first, "承知しました。", latest)).names


def test_a_retraction_does_not_clear_a_person_at_risk() -> None:
    t = ticket("もう死にたいです。", "お話を聞かせてください。", "すみません、忘れてください。")
    assert "vulnerable_customer" in ENGINE.assess(t).names


def test_the_prefilter_never_hides_a_match() -> None:
    # The gate may let through patterns that then do not match; it must never skip one that
    # would have matched.
    from guardrails.context import fold

    lex = ENGINE.lexicon
    patterns = [s.pattern for ss in lex.signals.values() for s in ss] + [
        x.pattern for xs in lex.suppressors.values() for x in xs
    ]
    for text, _ in CASES + GENERALISATION:
        folded = fold(text).text
        present = ENGINE.gate.present(folded)
        for p in patterns:
            if p.search(folded):
                assert ENGINE.gate.may_match(p, present), (text, p.pattern[:60])


def test_word_start_prefixes_are_looked_for_at_a_word_start() -> None:
    import re

    from guardrails.lexicon import Gate

    pat = re.compile(r"\bit(?:'s| is) going on (?:tiktok|reddit)\b", re.ASCII)
    gate = Gate([pat])
    assert not gate.may_match(pat, gate.present("with his going on tiktok"))
    assert gate.may_match(pat, gate.present("well, it's going on tiktok"))
