// The trainer's role-play page: pick a scenario, talk to the customer, read the coaching.
// Everything the server sends is shown as text (textContent), never as HTML; the report's
// chart is parsed as SVG.

const KEY_STORE = "teinei.trainerKey";
const LANG_STORE = "teinei.roleplayLang";

const TEXT = {
  en: {
    skip: "Skip to the reply box", tagline: "Role-play training", apiKey: "Trainer API key",
    useKey: "Use key", language: "Display language", setupTitle: "Start a role-play",
    scenario: "Scenario", trainee: "Trainee", start: "Start", pastTitle: "Past sessions",
    refresh: "Refresh", chatTitle: "Conversation", mood: "Customer mood", yourReply: "Your reply",
    hint: "Ctrl+Enter sends.", send: "Send", end: "End and get the report", coachTitle: "Coaching",
    noTip: "Scores and a tip appear after each reply.", reportTitle: "Report",
    wentWell: "What went well", toFix: "What to fix", sections: "Manual sections to reread",
    customer: "Customer", you: "You", score: "Score", reread: "Reread",
    keyMissing: "Enter a trainer API key (or open the page with ?key=…).",
    keyRejected: "The key was rejected. A key with the trainer role is needed.",
    started: "Session started. The customer speaks first.", ended: "The session has ended.",
    sending: "Sending…", open: "Open", none: "No sessions yet.",
    calm: "calm", annoyed: "annoyed", angry: "angry", furious: "furious",
    resolved: "resolved", escalated: "escalated", abandoned: "abandoned", active: "active",
    success: "Goal reached", failure: "Goal not reached", turns: "turns", mean: "mean score",
    facts: "Facts uncovered", pitfall: "Pitfall",
  },
  ja: {
    skip: "返信欄へ移動", tagline: "ロールプレイ研修", apiKey: "トレーナー用 API キー",
    useKey: "キーを使う", language: "表示言語", setupTitle: "ロールプレイを始める",
    scenario: "シナリオ", trainee: "研修生", start: "開始", pastTitle: "過去のセッション",
    refresh: "更新", chatTitle: "会話", mood: "お客様の感情", yourReply: "あなたの返答",
    hint: "Ctrl+Enter で送信します。", send: "送信", end: "終了してレポートを見る",
    coachTitle: "コーチング", noTip: "返答ごとにスコアとアドバイスが表示されます。",
    reportTitle: "レポート", wentWell: "よかった点", toFix: "改善点",
    sections: "読み直すマニュアルの箇所", customer: "お客様", you: "あなた", score: "スコア",
    reread: "読み直す", keyMissing: "トレーナー用 API キーを入力してください（?key=… でも指定できます）。",
    keyRejected: "キーが拒否されました。trainer ロールのキーが必要です。",
    started: "セッションを開始しました。お客様から話し始めます。", ended: "セッションは終了しました。",
    sending: "送信中…", open: "開く", none: "まだセッションはありません。",
    calm: "落ち着いている", annoyed: "いら立ち", angry: "怒り", furious: "激怒",
    resolved: "解決", escalated: "引き継ぎ", abandoned: "決裂", active: "進行中",
    success: "目標達成", failure: "目標未達", turns: "ターン", mean: "平均スコア",
    facts: "聞き出した事実", pitfall: "避けるべき対応",
  },
};

const $ = (id) => document.getElementById(id);
const state = { lang: "ja", scenarios: [], session: null, busy: false };

function t(key) {
  return (TEXT[state.lang] && TEXT[state.lang][key]) || TEXT.en[key] || key;
}

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") node.className = v;
    else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  return node;
}

function notice(text) {
  $("rp-notice").textContent = text || "";
}

// ------------------------------------------------------------------ API

class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function call(method, path, body) {
  const headers = { Accept: "application/json" };
  const key = localStorage.getItem(KEY_STORE) || "";
  if (key) headers.Authorization = `Bearer ${key}`;
  if (body !== undefined) headers["Content-Type"] = "application/json";
  const response = await fetch(path, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    let detail = response.statusText || `HTTP ${response.status}`;
    try {
      const data = await response.json();
      if (typeof data.detail === "string") detail = data.detail;
    } catch {
      // not JSON
    }
    throw new ApiError(response.status, detail);
  }
  return response.json();
}

function failed(err) {
  if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
    notice(t("keyRejected"));
    $("rp-key").focus();
  } else {
    notice(err.message || String(err));
  }
}

// ------------------------------------------------------------------ language

function applyLanguage(lang) {
  state.lang = lang === "en" ? "en" : "ja";
  localStorage.setItem(LANG_STORE, state.lang);
  document.documentElement.lang = state.lang;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const b of document.querySelectorAll("[data-set-lang]")) {
    b.setAttribute("aria-pressed", String(b.dataset.setLang === state.lang));
  }
  renderScenarioGoals();
  if (state.session) renderMood(state.session.mood, state.session.band);
}

// ------------------------------------------------------------------ scenarios and sessions

async function loadScenarios() {
  if (!localStorage.getItem(KEY_STORE)) {
    notice(t("keyMissing"));
    $("rp-key").focus();
    return;
  }
  try {
    const { scenarios } = await call("GET", "/v1/roleplay/scenarios");
    state.scenarios = scenarios;
    const select = $("rp-scenario");
    select.replaceChildren(
      ...scenarios.map((s) => el("option", { value: s.id, lang: s.lang }, `${s.title} (${s.lang}, ${s.difficulty})`)),
    );
    const preferred = scenarios.find((s) => s.lang === state.lang);
    if (preferred) select.value = preferred.id;
    renderScenarioGoals();
    notice("");
    await loadSessions();
  } catch (err) {
    failed(err);
  }
}

function renderScenarioGoals() {
  const s = state.scenarios.find((x) => x.id === $("rp-scenario").value);
  $("rp-scenario-goals").textContent = s ? s.goals.join(" / ") : "";
}

async function loadSessions() {
  try {
    const { sessions } = await call("GET", "/v1/roleplay/sessions?limit=20");
    const list = $("rp-sessions");
    if (!sessions.length) {
      list.replaceChildren(el("li", {}, t("none")));
      return;
    }
    list.replaceChildren(
      ...sessions.map((s) => {
        const button = el("button", { type: "button", class: "link", "data-session": s.session_id }, t("open"));
        button.addEventListener("click", () => openSession(s.session_id));
        const status = s.outcome ? t(s.outcome) : t(s.status);
        const score = s.mean_score == null ? "–" : Math.round(s.mean_score);
        return el("li", {}, `${s.trainee || "—"} · ${s.title} · ${status} · ${score} `, button);
      }),
    );
  } catch (err) {
    failed(err);
  }
}

function setActive(active) {
  $("rp-reply").disabled = !active;
  $("rp-send").disabled = !active;
  $("rp-end").disabled = !state.session;
}

function addMessage(role, text) {
  const who = role === "customer" ? t("customer") : t("you");
  const item = el("li", { class: `rp-msg rp-${role}` }, el("span", { class: "rp-who" }, who), el("p", {}, text));
  $("rp-log").append(item);
  item.scrollIntoView({ block: "nearest" });
}

function renderMood(mood, band) {
  $("rp-mood-meter").value = mood;
  $("rp-mood-label").textContent = `${mood} · ${t(band || "")}`;
  $("rp-mood-label").dataset.band = band || "";
}

function bandOf(mood) {
  return mood >= 80 ? "furious" : mood >= 55 ? "angry" : mood >= 30 ? "annoyed" : "calm";
}

async function startSession(event) {
  event.preventDefault();
  if (state.busy) return;
  state.busy = true;
  try {
    const body = { scenario_id: $("rp-scenario").value, trainee: $("rp-trainee").value };
    const session = await call("POST", "/v1/roleplay/sessions", body);
    state.session = session;
    $("rp-log").replaceChildren();
    $("rp-report").hidden = true;
    $("rp-tip").replaceChildren(el("p", {}, t("noTip")));
    addMessage("customer", session.opening_line);
    renderMood(session.mood, session.band);
    setActive(true);
    notice(t("started"));
    $("rp-reply").focus();
    loadSessions();
  } catch (err) {
    failed(err);
  } finally {
    state.busy = false;
  }
}

function renderTip(turn) {
  const box = $("rp-tip");
  const tip = turn.tip || {};
  const parts = [
    el("p", { class: "rp-score" }, `${t("score")}: `, el("strong", { "data-score": turn.score }, String(turn.score)), " / 100"),
    el("p", { class: "rp-tip-text" }, tip.text || ""),
  ];
  if (tip.section) {
    const label = tip.section.heading ? `${tip.section.title} — ${tip.section.heading}` : tip.section.title;
    parts.push(el("p", { class: "rp-section" }, `${t("reread")}: `, el("cite", {}, label)));
  }
  const a = turn.assessment || {};
  if (a.revealed && a.revealed.length) {
    parts.push(el("p", { class: "rp-facts" }, `${t("facts")}: ${a.revealed.map((f) => f.text).join(" / ")}`));
  }
  if (a.pitfalls && a.pitfalls.length) {
    parts.push(el("p", { class: "rp-pitfall" }, `${t("pitfall")}: ${a.pitfalls.map((p) => p.note).join(" / ")}`));
  }
  box.replaceChildren(...parts);
}

async function sendReply(event) {
  if (event) event.preventDefault();
  const text = $("rp-reply").value.trim();
  if (!text || !state.session || state.busy) return;
  state.busy = true;
  setActive(false);
  notice(t("sending"));
  addMessage("trainee", text);
  $("rp-reply").value = "";
  try {
    const out = await call("POST", `/v1/roleplay/sessions/${state.session.session_id}/turns`, { text });
    addMessage("customer", out.customer);
    state.session.mood = out.mood;
    state.session.band = out.band;
    renderMood(out.mood, out.band);
    renderTip(out.turn);
    notice("");
    if (out.ended) {
      notice(t("ended"));
      if (out.report) renderReport(out.report);
      setActive(false);
      loadSessions();
    } else {
      setActive(true);
      $("rp-reply").focus();
    }
  } catch (err) {
    failed(err);
    setActive(true);
  } finally {
    state.busy = false;
  }
}

async function endSession() {
  if (!state.session || state.busy) return;
  state.busy = true;
  try {
    const report = await call("POST", `/v1/roleplay/sessions/${state.session.session_id}/end`);
    renderReport(report);
    setActive(false);
    $("rp-end").disabled = true;
    loadSessions();
  } catch (err) {
    failed(err);
  } finally {
    state.busy = false;
  }
}

function renderReport(report) {
  const box = $("rp-report");
  const outcome = report.outcome ? t(report.outcome) : t("active");
  $("rp-report-outcome").textContent =
    `${report.success ? t("success") : t("failure")} · ${outcome} · ${report.turns} ${t("turns")} · ${t("mean")} ${report.mean_score}`;
  $("rp-report-outcome").dataset.success = String(report.success);
  const chart = $("rp-report-chart");
  chart.replaceChildren();
  if (report.chart_svg) {
    const doc = new DOMParser().parseFromString(report.chart_svg, "image/svg+xml");
    const svg = doc.documentElement;
    if (svg && svg.nodeName === "svg") chart.append(document.importNode(svg, true));
  }
  $("rp-report-well").replaceChildren(...report.went_well.map((s) => el("li", {}, s)));
  $("rp-report-fix").replaceChildren(...report.to_fix.map((s) => el("li", {}, s)));
  $("rp-report-sections").replaceChildren(
    ...report.manual_sections.map((s) => el("li", { "data-doc": s.doc_id }, s.label || s.title)),
  );
  box.hidden = false;
  box.focus();
}

async function openSession(id) {
  try {
    const s = await call("GET", `/v1/roleplay/sessions/${id}`);
    state.session = s;
    $("rp-log").replaceChildren();
    for (const m of s.messages) addMessage(m.role === "customer" ? "customer" : "trainee", m.text);
    renderMood(s.mood, s.band || bandOf(s.mood));
    const last = s.turns_detail[s.turns_detail.length - 1];
    if (last) renderTip(last);
    if (s.report) renderReport(s.report);
    else $("rp-report").hidden = true;
    setActive(s.status === "active" && !s.outcome);
  } catch (err) {
    failed(err);
  }
}

// ------------------------------------------------------------------ wiring

function takeKeyFromUrl() {
  const url = new URL(location.href);
  const key = url.searchParams.get("key");
  if (key) {
    localStorage.setItem(KEY_STORE, key.trim());
    url.searchParams.delete("key");
    history.replaceState(null, "", url.pathname + url.search + url.hash);
  }
  $("rp-key").value = localStorage.getItem(KEY_STORE) || "";
}

function init() {
  takeKeyFromUrl();
  const urlLang = new URL(location.href).searchParams.get("lang");
  applyLanguage(urlLang || localStorage.getItem(LANG_STORE) || document.documentElement.dataset.defaultLang);
  $("rp-key-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const key = $("rp-key").value.trim();
    if (key) localStorage.setItem(KEY_STORE, key);
    else localStorage.removeItem(KEY_STORE);
    loadScenarios();
  });
  for (const b of document.querySelectorAll("[data-set-lang]")) {
    b.addEventListener("click", () => applyLanguage(b.dataset.setLang));
  }
  $("rp-scenario").addEventListener("change", renderScenarioGoals);
  $("rp-start-form").addEventListener("submit", startSession);
  $("rp-reply-form").addEventListener("submit", sendReply);
  $("rp-reply").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) sendReply(e);
  });
  $("rp-end").addEventListener("click", endSession);
  $("rp-refresh").addEventListener("click", loadSessions);
  loadScenarios();
}

init();
