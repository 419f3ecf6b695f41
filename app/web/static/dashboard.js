// The supervisors' dashboard: asks for a qa/admin key, loads the JSON figures and draws
// them as inline SVG. No libraries; every text goes in through textContent.

const KEY_STORE = "teinei.dashboardKey";
const LANG_STORE = "teinei.dashboardLang";
const SVG_NS = "http://www.w3.org/2000/svg";
const W = 560;
const H = 220;
const PAD = { top: 14, right: 12, bottom: 34, left: 44 };

const COLORS = {
  accepted: "#1e6b3a",
  edited: "#b7791f",
  rejected: "#a3222f",
  pending: "#9aa3b2",
  acceptance_rate: "#1e6b3a",
  edit_rate: "#b7791f",
  reject_rate: "#a3222f",
  fallback_rate: "#5b3e96",
  block_rate: "#27375e",
  p50: "#27375e",
  p95: "#8fa3cf",
};
const PALETTE = ["#27375e", "#a3222f", "#b7791f", "#1e6b3a", "#5b3e96", "#0f6b75", "#93330c", "#6b7280", "#c2185b"];

const T = {
  en: {
    skip: "Skip to figures", tagline: "Complaint handling, made visible", apiKey: "API key (qa or admin)",
    useKey: "Use key", language: "Display language", filters: "Filters", from: "From", to: "To",
    channel: "Channel", lang: "Language", all: "All", apply: "Apply", overview: "Overview",
    privacyNote: "Aggregates only; texts are redacted snippets (personal data replaced by placeholders).",
    volume: "Suggestions and verdicts", rates: "Rates over time", editDistance: "Edit distance of edited replies",
    flags: "Escalation flags over time", latency: "Latency per stage (ms)", escalations: "Open escalations by route",
    escHint: "Flagged suggestions the agent has not yet accepted, edited or rejected.",
    themes: "Voice of the customer: complaint themes", gaps: "Knowledge gaps: which manual to write next",
    agents: "Per agent (admin only)", suggestions: "Suggestions", acceptance_rate: "Accepted",
    edit_rate: "Edited", reject_rate: "Rejected", feedback_rate: "With a verdict",
    edit_distance_mean: "Mean edit distance", fallback_rate: "Template fallback", block_rate: "Guardrail blocks",
    open: "Open escalations", accepted: "accepted", edited: "edited", rejected: "rejected", pending: "no verdict yet",
    stage: "Stage", p50: "p50", p95: "p95", mean: "mean", guardrails: "guardrails", retrieval: "retrieval",
    llm: "drafting", total: "total", agent: "Agent", tickets: "tickets", share: "share", examples: "Examples",
    weekly: "per week", meanScore: "key words found", noKey: "Enter a qa or admin API key to see the figures.",
    forbidden: "This key may not open the dashboard: it needs the qa or admin role.",
    badKey: "The API key is invalid or revoked.", failed: "Could not load the figures",
    empty: "No suggestions in this view.", noGaps: "No low-retrieval tickets in this view.",
    scope: (s) => `Tenant ${s.tenant} · ${s.filters.start} – ${s.filters.end} · per ${s.filters.granularity} · role ${s.role}`,
    themesRule: (t) => `${t.clustered} redacted snippets grouped into ${t.k} themes by meaning (k-means; k = √(n/2), 2 to 8). Labels are each theme's most distinctive words.`,
    gapsRule: (g) => `${g.count} of ${g.scored} tickets (${pct(g.share)}) found little in the knowledge base: the sources retrieved for them contain under ${pct(g.threshold)} of their key words. Grouped by what they ask about.`,
    topics: "topics", products: "products", with_feedback: "verdicts", flagged: "flagged",
    latency_p50_ms: "p50 total ms", agent_id: "Agent",
  },
  ja: {
    skip: "数値へ移動", tagline: "クレーム対応の見える化", apiKey: "APIキー（qa / admin）", useKey: "キーを使う",
    language: "表示言語", filters: "絞り込み", from: "開始日", to: "終了日", channel: "チャネル", lang: "言語",
    all: "すべて", apply: "適用", overview: "概要",
    privacyNote: "集計値のみを表示します。文面は個人情報を伏せ字にした抜粋です。",
    volume: "提案数と採否", rates: "比率の推移", editDistance: "修正された返信の編集距離",
    flags: "エスカレーションフラグの推移", latency: "段階別の処理時間（ミリ秒）", escalations: "未対応のエスカレーション（ルート別）",
    escHint: "フラグが立ち、担当者がまだ採用・修正・不採用を記録していない提案です。",
    themes: "お客様の声：クレームのテーマ", gaps: "ナレッジの不足：次に書くべきマニュアル",
    agents: "担当者別（管理者のみ）", suggestions: "提案数", acceptance_rate: "そのまま採用", edit_rate: "修正して採用",
    reject_rate: "不採用", feedback_rate: "採否の記録あり", edit_distance_mean: "平均編集距離",
    fallback_rate: "テンプレートへの切替", block_rate: "ガードレールによるブロック", open: "未対応のエスカレーション",
    accepted: "採用", edited: "修正", rejected: "不採用", pending: "未記録", stage: "段階", p50: "中央値", p95: "95%点",
    mean: "平均", guardrails: "ガードレール", retrieval: "検索", llm: "下書き生成", total: "合計", agent: "担当者",
    tickets: "件", share: "割合", examples: "例", weekly: "週ごと", meanScore: "要点の語の一致率",
    noKey: "数値を見るには qa または admin のAPIキーを入力してください。",
    forbidden: "このキーではダッシュボードを開けません（qa または admin の権限が必要です）。",
    badKey: "APIキーが無効か、失効しています。", failed: "数値を読み込めませんでした",
    empty: "この条件に該当する提案はありません。", noGaps: "この条件では検索スコアの低いチケットはありません。",
    scope: (s) => `テナント ${s.tenant} · ${s.filters.start} – ${s.filters.end} · ${s.filters.granularity === "week" ? "週" : "日"}単位 · 権限 ${s.role}`,
    themesRule: (t) => `伏せ字済みの抜粋 ${t.clustered} 件を意味の近さで ${t.k} テーマに分類しました（k-means、k = √(n/2)、2〜8）。見出しは各テーマに特徴的な語です。`,
    gapsRule: (g) => `${g.scored} 件中 ${g.count} 件（${pct(g.share)}）はナレッジに手がかりが少なく、検索された資料に含まれる要点の語が ${pct(g.threshold)} 未満でした。内容ごとにまとめています。`,
    topics: "トピック", products: "製品", with_feedback: "記録数", flagged: "フラグ",
    latency_p50_ms: "合計処理時間の中央値", agent_id: "担当者",
  },
};

let lang = localStorage.getItem(LANG_STORE) || document.documentElement.dataset.defaultLang || "en";
let state = { summary: null, themes: null, gaps: null };

const $ = (id) => document.getElementById(id);
const t = (k) => (T[lang] && T[lang][k]) ?? T.en[k] ?? k;
function pct(v) { return v === null || v === undefined ? "—" : `${(v * 100).toFixed(1)}%`; }
function num(v, digits = 0) { return v === null || v === undefined ? "—" : Number(v).toFixed(digits); }

function el(tag, attrs = {}, text) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}
function svg(tag, attrs = {}, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

// ------------------------------------------------------------------ key, language, API

function takeKeyFromUrl() {
  const url = new URL(location.href);
  const key = url.searchParams.get("key");
  if (key) {
    localStorage.setItem(KEY_STORE, key.trim());
    url.searchParams.delete("key");
    history.replaceState(null, "", url.pathname + url.search + url.hash);
  }
  $("api-key").value = localStorage.getItem(KEY_STORE) || "";
}

function query() {
  const params = new URLSearchParams();
  for (const [name, id] of [["start", "f-start"], ["end", "f-end"], ["channel", "f-channel"], ["language", "f-language"]]) {
    const v = $(id).value;
    if (v) params.set(name, v);
  }
  return params.toString();
}

async function call(path) {
  const key = localStorage.getItem(KEY_STORE) || "";
  const res = await fetch(path, { headers: key ? { Authorization: `Bearer ${key}` } : {} });
  if (!res.ok) {
    let detail = res.statusText;
    try { detail = (await res.json()).detail || detail; } catch { /* not JSON */ }
    const err = new Error(typeof detail === "string" ? detail : JSON.stringify(detail));
    err.status = res.status;
    throw err;
  }
  return res;
}

function notice(text) {
  const n = $("notice");
  n.textContent = text || "";
  n.hidden = !text;
}

function applyLanguage() {
  document.documentElement.lang = lang;
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const b of document.querySelectorAll("[data-set-lang]")) b.setAttribute("aria-pressed", String(b.dataset.setLang === lang));
  render();
}

// ------------------------------------------------------------------ charts

function frame(container, label) {
  container.replaceChildren();
  const root = svg("svg", { viewBox: `0 0 ${W} ${H}`, width: "100%", role: "presentation", "data-chart": label });
  container.append(root);
  return root;
}

function axes(root, max, periods, x, fmt = (v) => String(Math.round(v))) {
  const h = H - PAD.top - PAD.bottom;
  for (let i = 0; i <= 4; i++) {
    const y = PAD.top + h - (h * i) / 4;
    root.append(svg("line", { x1: PAD.left, x2: W - PAD.right, y1: y, y2: y, stroke: "#e3dfd6" }));
    const v = (max * i) / 4;
    root.append(svg("text", { x: PAD.left - 6, y: y + 4, "text-anchor": "end", "font-size": 10, fill: "#4a5360" }, fmt(v)));
  }
  const every = Math.max(1, Math.ceil(periods.length / 8));
  periods.forEach((p, i) => {
    if (i % every) return;
    root.append(svg("text", { x: x(i), y: H - PAD.bottom + 14, "text-anchor": "middle", "font-size": 10, fill: "#4a5360" }, p.slice(5)));
  });
}

function stackedBars(container, periods, keys, valueOf, colorOf, label) {
  const root = frame(container, label);
  const totals = periods.map((_, i) => keys.reduce((s, k) => s + valueOf(i, k), 0));
  const max = Math.max(1, ...totals);
  const w = (W - PAD.left - PAD.right) / Math.max(1, periods.length);
  const h = H - PAD.top - PAD.bottom;
  const x = (i) => PAD.left + w * i + w / 2;
  axes(root, max, periods, x);
  periods.forEach((p, i) => {
    let y = PAD.top + h;
    const g = svg("g", { "data-period": p, "data-total": totals[i] });
    for (const k of keys) {
      const v = valueOf(i, k);
      if (!v) continue;
      const bh = (v / max) * h;
      y -= bh;
      const rect = svg("rect", { x: PAD.left + w * i + w * 0.15, y, width: w * 0.7, height: bh, fill: colorOf(k), "data-key": k, "data-value": v });
      rect.append(svg("title", {}, `${p} · ${t(k)}: ${v}`));
      g.append(rect);
    }
    root.append(g);
  });
  return root;
}

function lines(container, periods, series, max, label, fmt) {
  const root = frame(container, label);
  const w = (W - PAD.left - PAD.right) / Math.max(1, periods.length);
  const h = H - PAD.top - PAD.bottom;
  const x = (i) => PAD.left + w * i + w / 2;
  axes(root, max, periods, x, fmt);
  for (const s of series) {
    let d = "";
    s.values.forEach((v, i) => {
      if (v === null || v === undefined) return;
      const y = PAD.top + h - (v / max) * h;
      d += `${d ? "L" : "M"}${x(i).toFixed(1)},${y.toFixed(1)} `;
      const dot = svg("circle", { cx: x(i), cy: y, r: 2.5, fill: s.color, "data-key": s.key, "data-period": periods[i], "data-value": v });
      dot.append(svg("title", {}, `${periods[i]} · ${s.label}: ${s.format(v)}`));
      root.append(dot);
    });
    root.prepend(svg("path", { d, fill: "none", stroke: s.color, "stroke-width": 2, "data-series": s.key }));
  }
  return root;
}

function hbars(container, items, label, color = "#27375e") {
  container.replaceChildren();
  const rowH = 26;
  const height = Math.max(rowH, items.length * rowH) + 8;
  const root = svg("svg", { viewBox: `0 0 ${W} ${height}`, width: "100%", role: "presentation", "data-chart": label });
  const max = Math.max(1, ...items.map((i) => i.value));
  const left = 150;
  items.forEach((item, i) => {
    const y = 4 + i * rowH;
    root.append(svg("text", { x: left - 8, y: y + 16, "text-anchor": "end", "font-size": 12, fill: "#1d232b" }, item.label));
    const bw = ((W - left - 60) * item.value) / max;
    const rect = svg("rect", { x: left, y: y + 3, width: Math.max(1, bw), height: rowH - 8, fill: item.color || color, "data-key": item.key, "data-value": item.value });
    rect.append(svg("title", {}, `${item.label}: ${item.value}`));
    root.append(rect);
    root.append(svg("text", { x: left + bw + 6, y: y + 16, "font-size": 12, fill: "#1d232b" }, String(item.value)));
  });
  container.append(root);
  return root;
}

function sparkline(weeks) {
  const w = 180, h = 40;
  const root = svg("svg", { viewBox: `0 0 ${w} ${h}`, width: w, height: h, role: "img", class: "spark" });
  const max = Math.max(1, ...weeks.map((x) => x.count));
  const step = w / Math.max(1, weeks.length);
  weeks.forEach((wk, i) => {
    const bh = (wk.count / max) * (h - 4);
    const r = svg("rect", { x: i * step + 1, y: h - bh, width: Math.max(1, step - 2), height: bh, fill: "#27375e", "data-week": wk.week, "data-value": wk.count });
    r.append(svg("title", {}, `${wk.week}: ${wk.count}`));
    root.append(r);
  });
  return root;
}

function legend(id, keys, colorOf) {
  const box = $(id);
  box.replaceChildren();
  for (const k of keys) {
    const item = el("span", { class: "key" });
    const sw = el("span", { class: "swatch", "data-color": colorOf(k) });
    sw.style.background = colorOf(k);
    item.append(sw, document.createTextNode(t(k)));
    box.append(item);
  }
}

function table(node, columns, rows) {
  node.replaceChildren();
  const head = el("tr");
  for (const c of columns) head.append(el("th", { scope: "col" }, t(c.label || c.key)));
  const thead = el("thead");
  thead.append(head);
  const body = el("tbody");
  for (const r of rows) {
    const tr = el("tr");
    for (const c of columns) tr.append(el("td", { "data-key": c.key }, c.format ? c.format(r[c.key]) : String(r[c.key] ?? "—")));
    body.append(tr);
  }
  node.append(thead, body);
}

// ------------------------------------------------------------------ sections

function renderSummary(s) {
  $("scope").textContent = t("scope")(s);
  if (!$("f-start").value) $("f-start").value = s.filters.start;
  if (!$("f-end").value) $("f-end").value = s.filters.end;
  const tot = s.totals;
  const tiles = [
    ["suggestions", String(tot.suggestions)],
    ["feedback_rate", pct(tot.feedback_rate)],
    ["acceptance_rate", pct(tot.acceptance_rate)],
    ["edit_rate", pct(tot.edit_rate)],
    ["reject_rate", pct(tot.reject_rate)],
    ["edit_distance_mean", num(tot.edit_distance_mean, 3)],
    ["fallback_rate", pct(tot.fallback_rate)],
    ["block_rate", pct(tot.block_rate)],
    ["open", String(tot.open_escalations)],
  ];
  const kpis = $("kpis");
  kpis.replaceChildren();
  for (const [k, v] of tiles) {
    const box = el("div", { class: "kpi", "data-metric": k });
    box.append(el("dt", {}, t(k)), el("dd", {}, v));
    kpis.append(box);
  }
  const periods = s.series.map((p) => p.period);
  const verdicts = ["accepted", "edited", "rejected", "pending"];
  stackedBars($("chart-volume"), periods, verdicts, (i, k) => {
    const p = s.series[i];
    return k === "pending" ? p.suggestions - p.with_feedback : p[k];
  }, (k) => COLORS[k], "volume");
  legend("legend-volume", verdicts, (k) => COLORS[k]);

  const rateKeys = ["acceptance_rate", "edit_rate", "reject_rate", "fallback_rate", "block_rate"];
  lines($("chart-rates"), periods, rateKeys.map((k) => ({
    key: k, label: t(k), color: COLORS[k], format: pct, values: s.series.map((p) => p[k]),
  })), 1, "rates", (v) => `${Math.round(v * 100)}%`);
  legend("legend-rates", rateKeys, (k) => COLORS[k]);

  const ed = s.series.map((p) => p.edit_distance_mean);
  const edMax = Math.max(0.1, ...ed.filter((v) => v !== null));
  lines($("chart-edit"), periods, [{ key: "edit_distance_mean", label: t("edit_distance_mean"), color: "#b7791f", format: (v) => num(v, 3), values: ed }],
    Math.ceil(edMax * 10) / 10, "edit", (v) => v.toFixed(2));

  const names = s.flags.names;
  const colorOfFlag = (k) => PALETTE[names.indexOf(k) % PALETTE.length];
  stackedBars($("chart-flags"), periods, names, (i, k) => s.flags.series[i].counts[k] || 0, colorOfFlag, "flags");
  legend("legend-flags", names, colorOfFlag);

  const lat = s.latency;
  const root = frame($("chart-latency"), "latency");
  const max = Math.max(1, ...lat.map((r) => r.p95 || 0));
  const h = H - PAD.top - PAD.bottom;
  const gw = (W - PAD.left - PAD.right) / lat.length;
  axes(root, max, [], () => 0);
  lat.forEach((r, i) => {
    ["p50", "p95"].forEach((k, j) => {
      const v = r[k] || 0;
      const bh = (v / max) * h;
      const rect = svg("rect", { x: PAD.left + gw * i + gw * 0.15 + j * gw * 0.35, y: PAD.top + h - bh, width: gw * 0.33, height: bh, fill: COLORS[k], "data-stage": r.stage, "data-key": k, "data-value": v });
      rect.append(svg("title", {}, `${t(r.stage)} ${t(k)}: ${v} ms`));
      root.append(rect);
    });
    root.append(svg("text", { x: PAD.left + gw * i + gw / 2, y: H - PAD.bottom + 14, "text-anchor": "middle", "font-size": 11, fill: "#4a5360" }, t(r.stage)));
  });
  table($("table-latency"), [
    { key: "stage", format: (v) => t(v) }, { key: "p50", format: (v) => num(v) }, { key: "p95", format: (v) => num(v) }, { key: "mean", format: (v) => num(v, 1) },
  ], lat);

  hbars($("chart-escalations"), s.escalations.map((e) => ({ key: e.route, label: e.route, value: e.open })), "escalations", "#a3222f");

  const panel = $("agents-panel");
  panel.hidden = !s.agents;
  if (s.agents) {
    table($("table-agents"), [
      { key: "agent_id" }, { key: "suggestions" }, { key: "with_feedback" },
      { key: "acceptance_rate", format: pct }, { key: "edit_rate", format: pct }, { key: "reject_rate", format: pct },
      { key: "edit_distance_mean", format: (v) => num(v, 3) }, { key: "flagged" }, { key: "latency_p50_ms", format: (v) => num(v) },
    ], s.agents);
  }
  $("figures").dataset.empty = String(tot.suggestions === 0);
}

function card(item, extra) {
  const box = el("article", { class: "card", "data-count": item.count });
  box.append(el("h3", {}, item.label));
  const meta = el("p", { class: "meta" }, `${item.count} ${t("tickets")}${extra ? " · " + extra : ""}`);
  box.append(meta);
  return box;
}

function examples(list) {
  const ul = el("ul", { class: "examples" });
  for (const e of list) {
    const li = el("li", { lang: e.language });
    li.append(el("q", {}, e.snippet), el("span", { class: "ctx" }, ` ${e.date} · ${e.channel}${e.product ? " · " + e.product : ""}`));
    ul.append(li);
  }
  return ul;
}

function renderThemes(th) {
  $("themes-rule").textContent = t("themesRule")(th);
  const box = $("themes");
  box.replaceChildren();
  if (!th.themes.length) box.append(el("p", { class: "hint" }, t("empty")));
  for (const item of th.themes) {
    const c = card(item, `${t("share")} ${pct(item.share)}`);
    c.dataset.theme = String(item.id);
    const spark = el("div", { class: "spark-box" });
    spark.append(el("span", { class: "hint" }, t("weekly")), sparkline(item.trend));
    c.append(spark, el("h4", {}, t("examples")), examples(item.examples));
    box.append(c);
  }
}

function renderGaps(g) {
  $("gaps-rule").textContent = t("gapsRule")(g);
  const box = $("gaps");
  box.replaceChildren();
  if (!g.groups.length) box.append(el("p", { class: "hint" }, t("noGaps")));
  for (const item of g.groups) {
    const c = card(item, `${t("meanScore")} ${pct(item.mean_coverage)}`);
    c.dataset.gap = String(item.id);
    const tags = Object.entries(item.topics).map(([k, v]) => `${k} ${v}`).join(", ");
    const prods = Object.entries(item.products).map(([k, v]) => `${k} ${v}`).join(", ");
    c.append(el("p", { class: "meta" }, `${t("topics")}: ${tags} · ${t("products")}: ${prods}`));
    c.append(el("h4", {}, t("examples")), examples(item.examples));
    box.append(c);
  }
}

function render() {
  if (state.summary) renderSummary(state.summary);
  if (state.themes) renderThemes(state.themes);
  if (state.gaps) renderGaps(state.gaps);
}

async function load() {
  if (!localStorage.getItem(KEY_STORE)) {
    notice(t("noKey"));
    return;
  }
  const board = $("figures");
  board.setAttribute("aria-busy", "true");
  const q = query();
  try {
    const summary = await (await call(`/v1/dashboard/summary?${q}`)).json();
    state = { summary, themes: null, gaps: null };
    notice("");
    render();
    const [themes, gaps] = await Promise.all([
      call(`/v1/dashboard/themes?${q}`).then((r) => r.json()),
      call(`/v1/dashboard/gaps?${q}`).then((r) => r.json()),
    ]);
    state.themes = themes;
    state.gaps = gaps;
    render();
    board.dataset.loaded = "true";
  } catch (err) {
    if (err.status === 401) notice(t("badKey"));
    else if (err.status === 403) notice(t("forbidden"));
    else notice(`${t("failed")}: ${err.message}`);
  } finally {
    board.setAttribute("aria-busy", "false");
  }
}

async function download(event) {
  event.preventDefault();
  const table = event.currentTarget.dataset.table;
  try {
    const res = await call(`/v1/dashboard/export/${table}.csv?${query()}`);
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    const a = el("a", { href: url, download: `teinei-${table}.csv` });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  } catch (err) {
    notice(`${t("failed")}: ${err.message}`);
  }
}

function init() {
  takeKeyFromUrl();
  $("key-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const key = $("api-key").value.trim();
    if (key) localStorage.setItem(KEY_STORE, key);
    else localStorage.removeItem(KEY_STORE);
    load();
  });
  $("filters").addEventListener("submit", (e) => { e.preventDefault(); load(); });
  for (const b of document.querySelectorAll("[data-set-lang]")) {
    b.addEventListener("click", () => { lang = b.dataset.setLang; localStorage.setItem(LANG_STORE, lang); applyLanguage(); });
  }
  for (const a of document.querySelectorAll("a.csv")) a.addEventListener("click", download);
  applyLanguage();
  load();
}

init();
