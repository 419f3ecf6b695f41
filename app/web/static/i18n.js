// Labels of the agent sidebar in Japanese and English.

const STRINGS = {
  ja: {
    tagline: "クレーム対応アシスト",
    skip: "アシストへ移動",
    apiKey: "APIキー",
    useKey: "キーを使う",
    keyMissing: "APIキーを入力してください（?key=… で渡すこともできます）。",
    keyRejected: "APIキーが無効です。正しいキーを入力してください。",
    keySaved: "APIキーを保存しました。",
    language: "表示言語",
    sampleTicket: "サンプルチケット",
    loadingSamples: "チケットを読み込んでいます…",
    ticket: "チケット",
    channel: "チャネル",
    tier: "会員区分",
    contacts: "問い合わせ回数",
    contactsValue: "{n}回目",
    product: "製品",
    lang: "言語",
    conversation: "やりとり",
    customer: "お客様",
    agent: "担当者",
    agentNotes: "担当者メモ",
    assist: "アシスト",
    suggest: "返信案を作成",
    suggestAgain: "もう一度作成",
    shortcut: "ショートカット",
    drafting: "返信案を作成しています…",
    draftReady: "確認済みの返信案ができました。",
    draftReadyDetail: "確認済みの返信案ができました。エスカレーション {flags} 件、警告 {warnings} 件。",
    failed: "返信案を作成できませんでした：{detail}",
    escalation: "エスカレーション",
    escalateTo: "引き継ぎ先",
    evidence: "根拠",
    guidance: "対応方針",
    modelSuggested: "モデルの提案",
    modelSuggestedHint: "ルールではなく言語モデルが追加したフラグです。内容を確認してください。",
    kasuharaSteps: "カスハラ対応の手順",
    stepWarn: "一度だけ冷静に警告する",
    stepRecord: "発言と時刻を記録する",
    stepEnd: "改善しなければ対応を終了する",
    stepHandover: "スーパーバイザーに引き継ぐ",
    draft: "返信案",
    draftEmpty: "「返信案を作成」を押すと、ここに返信案が表示されます。",
    provisional: "作成中（未確認）",
    checked: "確認済み",
    edited: "編集済み",
    findings: "ガードレールの警告",
    noFindings: "警告はありません。",
    stageInput: "お客様の文面",
    stageOutput: "返信案",
    showInDraft: "返信案で表示",
    rewrite: "書き換え",
    formal: "より丁寧に",
    softer: "やわらかく",
    shorter: "短く",
    rewriting: "書き換えています…",
    rewritten: "書き換えました（{backend}）。",
    unchanged: "変更する箇所はありませんでした（{backend}）。",
    feedback: "フィードバック",
    accept: "採用",
    acceptEdited: "編集して採用",
    edit: "編集",
    reject: "不採用",
    saving: "保存しています…",
    saved: "保存しました（{action}）",
    actionAccepted: "採用",
    actionEdited: "編集",
    actionRejected: "不採用",
    nextSteps: "次の対応",
    handover: "引き継ぎ要約",
    mood: "お客様の状態",
    anger: "怒りの度合い",
    citations: "参照した資料",
    openSource: "資料を開く",
    source: "資料",
    close: "閉じる",
    citedPart: "引用箇所",
    loadingSource: "資料を読み込んでいます…",
    backend: "生成方式",
    fallback: "テンプレートに切り替え",
    timings: "処理時間",
    retrieval: "検索",
    guardrails: "チェック",
    llm: "生成",
    total: "合計",
    ms: "{n} ms",
    none: "なし",
  },
  en: {
    tagline: "Complaint handling assist",
    skip: "Skip to assist",
    apiKey: "API key",
    useKey: "Use key",
    keyMissing: "Enter your API key (or pass it as ?key=… in the address).",
    keyRejected: "The API key was not accepted. Enter a valid key.",
    keySaved: "API key saved.",
    language: "Display language",
    sampleTicket: "Sample ticket",
    loadingSamples: "Loading tickets…",
    ticket: "Ticket",
    channel: "Channel",
    tier: "Tier",
    contacts: "Contact count",
    contactsValue: "contact #{n}",
    product: "Product",
    lang: "Language",
    conversation: "Conversation",
    customer: "Customer",
    agent: "Agent",
    agentNotes: "Agent notes",
    assist: "Assist",
    suggest: "Suggest reply",
    suggestAgain: "Suggest again",
    shortcut: "Shortcut",
    drafting: "Drafting a reply…",
    draftReady: "The checked draft is ready.",
    draftReadyDetail: "The checked draft is ready: {flags} escalation flags, {warnings} warnings.",
    failed: "Could not draft a reply: {detail}",
    escalation: "Escalation",
    escalateTo: "Route to",
    evidence: "Evidence",
    guidance: "Guidance",
    modelSuggested: "model-suggested",
    modelSuggestedHint: "Added by the language model, not by a policy rule. Check it.",
    kasuharaSteps: "Customer harassment procedure",
    stepWarn: "Warn once, calmly",
    stepRecord: "Record the words and times",
    stepEnd: "End the contact if it continues",
    stepHandover: "Hand over to a supervisor",
    draft: "Draft reply",
    draftEmpty: "Press “Suggest reply” and the draft appears here.",
    provisional: "provisional — not yet checked",
    checked: "checked",
    edited: "edited",
    findings: "Guardrail warnings",
    noFindings: "No warnings.",
    stageInput: "customer text",
    stageOutput: "draft",
    showInDraft: "Show in draft",
    rewrite: "Rewrite",
    formal: "More formal",
    softer: "Softer",
    shorter: "Shorter",
    rewriting: "Rewriting…",
    rewritten: "Rewritten ({backend}).",
    unchanged: "Nothing to change ({backend}).",
    feedback: "Feedback",
    accept: "Accept",
    acceptEdited: "Accept edited",
    edit: "Edit",
    reject: "Reject",
    saving: "Saving…",
    saved: "Saved ({action})",
    actionAccepted: "accepted",
    actionEdited: "edited",
    actionRejected: "rejected",
    nextSteps: "Next steps",
    handover: "Handover summary",
    mood: "Customer mood",
    anger: "Anger",
    citations: "Sources",
    openSource: "Open source",
    source: "Source",
    close: "Close",
    citedPart: "cited part",
    loadingSource: "Loading the source…",
    backend: "Backend",
    fallback: "template fallback",
    timings: "Timings",
    retrieval: "retrieval",
    guardrails: "checks",
    llm: "drafting",
    total: "total",
    ms: "{n} ms",
    none: "none",
  },
};

const TERMS = {
  flag: {
    legal_threat: { ja: "法的措置の予告", en: "Legal threat" },
    regulator: { ja: "行政・相談機関", en: "Regulator" },
    safety_incident: { ja: "製品安全", en: "Safety incident" },
    media_threat: { ja: "SNS・報道", en: "Media threat" },
    customer_harassment: { ja: "カスハラ", en: "Customer harassment" },
    privacy_incident: { ja: "個人情報", en: "Privacy incident" },
    compensation_over_limit: { ja: "権限外の補償", en: "Compensation over limit" },
    repeat_contact: { ja: "繰り返しの問い合わせ", en: "Repeat contact" },
    vulnerable_customer: { ja: "配慮が必要なお客様", en: "Vulnerable customer" },
  },
  route: {
    legal: { ja: "法務部", en: "Legal" },
    compliance: { ja: "コンプライアンス", en: "Compliance" },
    quality_assurance: { ja: "品質保証部", en: "Quality assurance" },
    pr: { ja: "広報", en: "PR" },
    supervisor: { ja: "スーパーバイザー", en: "Supervisor" },
    privacy_officer: { ja: "個人情報保護責任者", en: "Privacy officer" },
  },
  severity: {
    low: { ja: "低", en: "low" },
    medium: { ja: "中", en: "medium" },
    high: { ja: "高", en: "high" },
    critical: { ja: "緊急", en: "critical" },
  },
  channel: {
    email: { ja: "メール", en: "Email" },
    chat: { ja: "チャット", en: "Chat" },
    phone: { ja: "電話", en: "Phone" },
    sns: { ja: "SNS", en: "Social media" },
    form: { ja: "フォーム", en: "Web form" },
  },
  tier: {
    standard: { ja: "一般", en: "Standard" },
    premium: { ja: "プレミアム", en: "Premium" },
    vip: { ja: "VIP", en: "VIP" },
  },
  docType: {
    manual: { ja: "マニュアル", en: "Manual" },
    policy: { ja: "方針", en: "Policy" },
    resolution: { ja: "過去事例", en: "Past case" },
  },
  mood: {
    calm: { ja: "落ち着いている", en: "calm" },
    annoyed: { ja: "やや不満", en: "annoyed" },
    angry: { ja: "怒っている", en: "angry" },
    furious: { ja: "激しく怒っている", en: "furious" },
  },
  language: {
    ja: { ja: "日本語", en: "Japanese" },
    en: { ja: "英語", en: "English" },
  },
};

let current = "en";

/** The language to start in: a saved choice, else the browser's preference. */
export function initialLanguage(fallback) {
  const saved = localStorage.getItem("teinei.lang");
  if (saved === "ja" || saved === "en") return saved;
  for (const tag of navigator.languages || [navigator.language || ""]) {
    const t = tag.toLowerCase();
    if (t.startsWith("ja")) return "ja";
    if (t.startsWith("en")) return "en";
  }
  return fallback === "ja" ? "ja" : "en";
}

export function setLanguage(lang) {
  current = lang === "ja" ? "ja" : "en";
  localStorage.setItem("teinei.lang", current);
  document.documentElement.lang = current;
}

export function language() {
  return current;
}

/** A UI string, with `{name}` placeholders filled from `vars`. */
export function t(key, vars = {}) {
  const text = STRINGS[current][key] ?? STRINGS.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(vars[name] ?? ""));
}

/** The label of a domain term (flag, route, severity…); unknown values show as they are. */
export function term(kind, value) {
  const entry = TERMS[kind]?.[value];
  return entry ? entry[current] : String(value ?? "");
}

/** Fill every `[data-i18n]` element's text and `[data-i18n-label]` element's aria-label. */
export function applyStrings(root = document) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-label]")) {
    el.setAttribute("aria-label", t(el.dataset.i18nLabel));
  }
}
