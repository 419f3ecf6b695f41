// The agent sidebar: a ticket, Suggest reply, and what the agent does with the draft.

import { Api, ApiError } from "./api.js";
import { renderMarked, withStrong } from "./highlight.js";
import { applyStrings, initialLanguage, language, setLanguage, t, term } from "./i18n.js";

const $ = (id) => document.getElementById(id);
const KEY_STORE = "teinei.key";
const SAMPLE_STORE = "teinei.sample";

const state = {
  samples: [],
  sample: null, // the selected sample: {id, title, language, ticket}
  suggestion: null, // the final suggestion of the current draft
  original: "", // the checked reply as suggested, to tell an edit
  outputFindings: [], // output findings of the text in the draft (replaced by a rewrite)
  streaming: null, // AbortController of the draft in progress
  busy: false, // a rewrite or feedback call in progress
  feedback: null, // the stored feedback action
};

const api = new Api(() => localStorage.getItem(KEY_STORE) || "");

// ------------------------------------------------------------------ small helpers

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.className = value;
    else if (name === "text") node.textContent = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

/** Show `text` under the Suggest button and announce it (the draft's live region). */
function setStatus(text) {
  $("status").textContent = text;
  $("draft-live").textContent = text;
}

function notice(text) {
  const box = $("notice");
  box.textContent = text || "";
  box.hidden = !text;
}

function severityPill(severity) {
  return el("span", { class: `pill sev-${severity}`, text: term("severity", severity) });
}

function edited() {
  return state.suggestion !== null && $("draft").value !== state.original;
}

// ------------------------------------------------------------------ key and samples

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

function handleAuthError(err) {
  if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
    notice(err.status === 401 ? t("keyRejected") : err.message);
    $("api-key").focus();
    return true;
  }
  return false;
}

async function loadSamples() {
  if (!localStorage.getItem(KEY_STORE)) {
    notice(t("keyMissing"));
    $("api-key").focus();
    return;
  }
  setStatus(t("loadingSamples"));
  try {
    const { samples } = await api.json("GET", "/v1/samples");
    state.samples = samples;
    notice("");
    setStatus("");
    const saved = localStorage.getItem(SAMPLE_STORE);
    const first = samples.find((s) => s.id === saved) || samples[0];
    renderPicker();
    if (first) selectSample(first.id);
  } catch (err) {
    setStatus("");
    if (!handleAuthError(err)) notice(err.message);
  }
}

function renderPicker() {
  const picker = $("sample-picker");
  picker.replaceChildren(
    ...state.samples.map((s) =>
      el("option", { value: s.id, text: s.title[language()], lang: language() }),
    ),
  );
  picker.disabled = state.samples.length === 0;
  if (state.sample) picker.value = state.sample.id;
}

function selectSample(id) {
  const sample = state.samples.find((s) => s.id === id);
  if (!sample) return;
  cancelDraft();
  state.sample = sample;
  localStorage.setItem(SAMPLE_STORE, id);
  $("sample-picker").value = id;
  resetAssist();
  renderTicket();
  $("suggest").disabled = false;
}

// ------------------------------------------------------------------ ticket view

function renderTicket() {
  const ticket = state.sample?.ticket;
  if (!ticket) return;
  $("ticket-id").textContent = ticket.ticket_id;
  const customer = ticket.customer || {};
  const meta = [
    [t("channel"), term("channel", ticket.channel)],
    [t("tier"), term("tier", customer.tier || "standard"), `tier tier-${customer.tier || "standard"}`],
    [t("contacts"), t("contactsValue", { n: customer.contact_count ?? 1 })],
    [t("lang"), term("language", state.sample.language)],
  ];
  if (ticket.product) meta.push([t("product"), ticket.product]);
  $("ticket-meta").replaceChildren(
    ...meta.map(([label, value, cls]) =>
      el("div", { class: "meta-item" }, el("dt", { text: label }), el("dd", { class: cls, text: value })),
    ),
  );
  renderConversation();
  const notes = ticket.agent_notes;
  $("agent-notes").hidden = !notes;
  $("agent-notes-text").textContent = notes || "";
}

function renderConversation() {
  const ticket = state.sample.ticket;
  const evidence = (state.suggestion?.escalation.flags || [])
    .filter((f) => f.evidence)
    .map((f) => ({ text: f.evidence, cls: `sev-${f.severity}`, title: f.flag }));
  const name = ticket.customer?.name;
  $("conversation").replaceChildren(
    ...ticket.messages.map((m) => {
      const who = m.role === "customer" ? (name ? `${t("customer")} · ${name}` : t("customer")) : t("agent");
      const body = el("p", { class: "bubble-text", lang: state.sample.language });
      renderMarked(body, m.text, m.role === "customer" ? evidence : []);
      return el(
        "li",
        { class: `bubble ${m.role}` },
        el(
          "div",
          { class: "bubble-head" },
          el("span", { class: "who", text: who }),
          m.at ? el("time", { datetime: m.at, text: formatTime(m.at) }) : null,
        ),
        body,
      );
    }),
  );
}

function formatTime(iso) {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleString(language() === "ja" ? "ja-JP" : "en-GB", {
    dateStyle: "medium",
    timeStyle: "short",
  });
}

// ------------------------------------------------------------------ suggest

function resetAssist() {
  state.suggestion = null;
  state.original = "";
  state.outputFindings = [];
  state.feedback = null;
  const draft = $("draft");
  draft.value = "";
  draft.readOnly = true;
  draft.placeholder = t("draftEmpty");
  draft.classList.remove("provisional");
  $("draft-state").hidden = true;
  $("draft-live").textContent = "";
  $("feedback-status").textContent = "";
  for (const id of ["escalation", "findings-section", "next-steps-section", "summary-section", "citations-section", "backend"]) {
    $(id).hidden = true;
  }
  autosize();
  updateHighlights();
  updateButtons();
}

function cancelDraft() {
  if (state.streaming) state.streaming.abort();
  state.streaming = null;
}

async function suggest() {
  if (!state.sample || state.streaming) return;
  resetAssist();
  if (state.sample) renderConversation();
  const controller = new AbortController();
  state.streaming = controller;
  const draft = $("draft");
  draft.classList.add("provisional");
  draft.setAttribute("aria-busy", "true");
  setDraftState("provisional");
  setStatus(t("drafting"));
  updateButtons();
  let finished = false;
  try {
    await api.stream(
      "/v1/suggest/stream",
      state.sample.ticket,
      (name, data) => {
        if (controller.signal.aborted) return;
        if (name === "token") {
          draft.value += data.text;
          autosize();
        } else if (name === "suggestion") {
          finished = true;
          showSuggestion(data);
        } else if (name === "error") {
          finished = true;
          fail(data.detail);
        }
      },
      controller.signal,
    );
    if (!finished && !controller.signal.aborted) fail("the stream ended early");
  } catch (err) {
    if (controller.signal.aborted) return;
    handleAuthError(err);
    fail(err.message);
  } finally {
    if (state.streaming === controller) state.streaming = null;
    draft.removeAttribute("aria-busy");
    updateButtons();
  }
}

function fail(detail) {
  const draft = $("draft");
  draft.classList.remove("provisional");
  $("draft-state").hidden = true;
  setStatus(t("failed", { detail }));
}

function setDraftState(kind) {
  const badge = $("draft-state");
  badge.hidden = false;
  badge.className = `badge state-${kind}`;
  badge.textContent = t(kind);
}

function showSuggestion(s) {
  state.suggestion = s;
  state.original = s.reply;
  state.outputFindings = s.guardrails.findings.filter((f) => f.stage === "output");
  const draft = $("draft");
  draft.value = s.reply;
  draft.readOnly = false;
  draft.classList.remove("provisional");
  draft.dataset.suggestionId = s.suggestion_id;
  setDraftState("checked");
  autosize();
  renderSuggestion();
  const warnings = s.guardrails.findings.filter((f) => f.severity !== "low").length;
  const message = t("draftReadyDetail", { flags: s.escalation.flags.length, warnings });
  setStatus(message);
}

/** Everything of the suggestion around the draft text (re-run on a language switch). */
function renderSuggestion() {
  const s = state.suggestion;
  if (!s) return;
  renderFlags(s.escalation.flags);
  renderFindings();
  renderNextSteps(s.next_steps);
  renderSummary(s);
  renderCitations(s.citations);
  renderBackend(s);
  renderConversation();
  updateHighlights();
  updateButtons();
}

// ------------------------------------------------------------------ escalation

function renderFlags(flags) {
  $("escalation").hidden = flags.length === 0;
  $("flags").replaceChildren(...flags.map(renderFlag));
}

function renderFlag(f) {
  const head = el(
    "div",
    { class: "flag-head" },
    severityPill(f.severity),
    el("strong", { class: "flag-name", text: term("flag", f.flag) }),
    el("code", { class: "flag-code", text: f.flag }),
    f.source === "llm"
      ? el("span", { class: "badge model", title: t("modelSuggestedHint"), text: t("modelSuggested") })
      : null,
  );
  const route = el(
    "p",
    { class: "flag-route" },
    el("span", { class: "label", text: `${t("escalateTo")}: ` }),
    el("strong", { text: term("route", f.route) }),
    f.policy_id ? el("span", { class: "policy", text: ` (${f.policy_id})` }) : null,
  );
  const parts = [head, route, el("p", { class: "flag-reason", text: f.reason })];
  if (f.source === "llm") parts.push(el("p", { class: "hint", text: t("modelSuggestedHint") }));
  if (f.evidence) {
    parts.push(
      el(
        "figure",
        { class: "evidence" },
        el("figcaption", { text: t("evidence") }),
        el("blockquote", { text: f.evidence }),
      ),
    );
  }
  if (f.flag === "customer_harassment") {
    parts.push(
      el(
        "div",
        { class: "kasuhara", role: "note", "aria-label": t("kasuharaSteps") },
        el("p", { class: "kasuhara-title", text: t("kasuharaSteps") }),
        el(
          "ol",
          { class: "kasuhara-steps" },
          ...["stepWarn", "stepRecord", "stepEnd", "stepHandover"].map((k) => el("li", { text: t(k) })),
        ),
        f.guidance ? el("p", { class: "guidance", text: f.guidance }) : null,
      ),
    );
  } else if (f.guidance) {
    parts.push(
      el("p", { class: "guidance" }, el("span", { class: "label", text: `${t("guidance")}: ` }), f.guidance),
    );
  }
  return el("li", { class: `flag sev-${f.severity}`, "data-flag": f.flag }, ...parts);
}

// ------------------------------------------------------------------ guardrail findings

function allFindings() {
  const s = state.suggestion;
  if (!s) return [];
  const input = s.guardrails.findings.filter((f) => f.stage === "input");
  return [...state.outputFindings, ...input];
}

function renderFindings() {
  const findings = allFindings();
  $("findings-section").hidden = findings.length === 0;
  const draftText = $("draft").value;
  $("findings").replaceChildren(
    ...findings.map((f) => {
      const inDraft = f.span && draftText.includes(f.span);
      return el(
        "li",
        { class: `finding sev-${f.severity}` },
        severityPill(f.severity),
        el("span", { class: "finding-stage", text: t(f.stage === "input" ? "stageInput" : "stageOutput") }),
        el("code", { class: "finding-check", text: f.type ? `${f.check}/${f.type}` : f.check }),
        el("span", { class: "finding-message", text: f.message }),
        f.span && f.check !== "pii" ? el("q", { class: "finding-span", text: f.span }) : null,
        inDraft
          ? el("button", {
              type: "button",
              class: "link",
              text: t("showInDraft"),
              onclick: () => selectInDraft(f.span),
            })
          : null,
      );
    }),
  );
}

function selectInDraft(span) {
  const draft = $("draft");
  const at = draft.value.indexOf(span);
  if (at < 0) return;
  draft.focus();
  draft.setSelectionRange(at, at + span.length);
}

function updateHighlights() {
  const spans = allFindings()
    .filter((f) => f.span && f.severity !== "low")
    .map((f) => ({ text: f.span, cls: `sev-${f.severity}`, title: f.message }));
  renderMarked($("draft-highlights"), $("draft").value, spans);
}

function autosize() {
  const draft = $("draft");
  draft.style.height = "auto";
  draft.style.height = `${draft.scrollHeight + 2}px`;
}

// ------------------------------------------------------------------ the rest of the suggestion

function renderNextSteps(steps) {
  $("next-steps-section").hidden = steps.length === 0;
  $("next-steps").replaceChildren(
    ...steps.map((step, i) => {
      const id = `step-${i}`;
      return el(
        "li",
        {},
        el("input", { type: "checkbox", id }),
        el("label", { for: id, text: step }),
      );
    }),
  );
}

function renderSummary(s) {
  const mood = s.sentiment;
  $("summary-section").hidden = !s.summary && !mood;
  $("summary").textContent = s.summary || "";
  if (mood) {
    $("mood-level").textContent = term("mood", mood.level);
    $("mood-level").className = `mood-${mood.level}`;
    const meter = $("mood-meter");
    meter.value = Number(mood.anger) || 0;
    meter.setAttribute("aria-label", t("anger"));
    meter.title = `${t("anger")}: ${Math.round((Number(mood.anger) || 0) * 100)}%`;
  }
}

function renderCitations(citations) {
  $("citations-section").hidden = citations.length === 0;
  $("citations").replaceChildren(
    ...citations.map((c) =>
      el(
        "li",
        { class: "citation" },
        el(
          "button",
          {
            type: "button",
            class: "citation-open",
            "data-doc-id": c.doc_id,
            onclick: (event) => openSource(c, event.currentTarget),
          },
          el("span", { class: `doc-type doc-${c.doc_type}`, text: term("docType", c.doc_type) }),
          el("span", { class: "citation-title", text: c.title }),
        ),
        el("p", { class: "citation-snippet", text: c.snippet.replaceAll("**", "") }),
        el("code", { class: "citation-id", text: c.doc_id }),
      ),
    ),
  );
}

function renderBackend(s) {
  $("backend").hidden = false;
  $("backend-llm").textContent = s.backend.llm;
  const fb = $("backend-fallback");
  fb.hidden = !s.backend.fallback_used;
  fb.textContent = t("fallback");
  fb.title = s.backend.fallback_reason || "";
  const tm = s.timing_ms;
  $("timings").textContent = ["retrieval", "guardrails", "llm", "total"]
    .filter((k) => tm[k] !== undefined)
    .map((k) => `${t(k)} ${t("ms", { n: tm[k] })}`)
    .join(" · ");
}

// ------------------------------------------------------------------ sources dialog

async function openSource(citation, opener) {
  const dialog = $("source-dialog");
  $("source-title").textContent = citation.title;
  $("source-meta").textContent = `${term("docType", citation.doc_type)} · ${citation.doc_id}`;
  $("source-body").replaceChildren(el("p", { text: t("loadingSource") }));
  dialog.returnFocus = opener;
  dialog.showModal();
  try {
    const doc = await api.json("GET", `/v1/sources/${encodeURIComponent(citation.doc_id)}`);
    $("source-title").textContent = doc.title;
    let cited = null;
    $("source-body").replaceChildren(
      ...doc.chunks.map((c) => {
        const isCited = c.chunk_id === citation.chunk_id;
        const heading = c.heading.split(" > ").slice(1).join(" › ") || doc.title;
        const section = el(
          "section",
          { class: isCited ? "chunk cited" : "chunk", lang: doc.lang, "data-chunk-id": c.chunk_id },
          el("h3", {}, heading, isCited ? el("span", { class: "badge", text: t("citedPart") }) : null),
          el("p", { class: "chunk-text" }, ...withStrong(c.text)),
        );
        if (isCited) cited = section;
        return section;
      }),
    );
    if (cited) cited.scrollIntoView({ block: "start" });
  } catch (err) {
    $("source-body").replaceChildren(el("p", { class: "error", text: err.message }));
  }
}

function closeSource() {
  const dialog = $("source-dialog");
  dialog.close();
}

// ------------------------------------------------------------------ rewrite and feedback

function updateButtons() {
  const ready = state.suggestion !== null && !state.streaming;
  $("suggest").disabled = !state.sample || Boolean(state.streaming);
  $("suggest-label").textContent = state.suggestion ? t("suggestAgain") : t("suggest");
  $("suggest").setAttribute("aria-busy", state.streaming ? "true" : "false");
  for (const b of document.querySelectorAll("[data-rewrite]")) b.disabled = !ready || state.busy;
  for (const id of ["accept", "edit", "reject"]) $(id).disabled = !ready || state.busy;
  $("accept").textContent = edited() ? t("acceptEdited") : t("accept");
}

async function rewrite(style) {
  const s = state.suggestion;
  if (!s || state.busy) return;
  state.busy = true;
  updateButtons();
  setStatus(t("rewriting"));
  try {
    const before = $("draft").value;
    const res = await api.json("POST", "/v1/rewrite", { text: before, style, language: s.language });
    $("draft").value = res.text;
    state.outputFindings = res.findings;
    setDraftState(edited() ? "edited" : "checked");
    autosize();
    renderFindings();
    updateHighlights();
    setStatus(t(res.text === before ? "unchanged" : "rewritten", { backend: res.backend }));
  } catch (err) {
    if (!handleAuthError(err)) setStatus(err.message);
  } finally {
    state.busy = false;
    updateButtons();
  }
}

async function sendFeedback(kind) {
  const s = state.suggestion;
  if (!s || state.busy) return;
  const text = $("draft").value;
  const action = kind === "rejected" ? "rejected" : edited() ? "edited" : "accepted";
  const body = { suggestion_id: s.suggestion_id, action };
  if (action === "edited") body.final_text = text;
  state.busy = true;
  updateButtons();
  $("feedback-status").textContent = t("saving");
  try {
    const res = await api.json("POST", "/v1/feedback", body);
    state.feedback = res.action;
    const label = t(`action${res.action[0].toUpperCase()}${res.action.slice(1)}`);
    $("feedback-status").textContent = `✓ ${t("saved", { action: label })}`;
  } catch (err) {
    $("feedback-status").textContent = "";
    if (!handleAuthError(err)) setStatus(err.message);
  } finally {
    state.busy = false;
    updateButtons();
  }
}

// ------------------------------------------------------------------ language

function renderLanguage() {
  applyStrings();
  for (const b of document.querySelectorAll("[data-set-lang]")) {
    b.setAttribute("aria-pressed", String(b.dataset.setLang === language()));
  }
  $("draft").placeholder = t("draftEmpty");
  renderPicker();
  renderTicket();
  if (state.suggestion) {
    renderSuggestion();
    setDraftState(edited() ? "edited" : "checked");
  } else if (state.streaming) {
    setDraftState("provisional");
  }
  updateButtons();
}

// ------------------------------------------------------------------ wiring

function init() {
  setLanguage(initialLanguage(document.documentElement.dataset.defaultLang));
  takeKeyFromUrl();
  renderLanguage();
  resetAssist();

  $("key-form").addEventListener("submit", (event) => {
    event.preventDefault();
    const key = $("api-key").value.trim();
    if (key) localStorage.setItem(KEY_STORE, key);
    else localStorage.removeItem(KEY_STORE);
    notice("");
    loadSamples();
  });
  for (const b of document.querySelectorAll("[data-set-lang]")) {
    b.addEventListener("click", () => {
      setLanguage(b.dataset.setLang);
      renderLanguage();
    });
  }
  $("sample-picker").addEventListener("change", (e) => selectSample(e.target.value));
  $("suggest").addEventListener("click", suggest);
  document.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
      e.preventDefault();
      suggest();
    }
  });
  const draft = $("draft");
  draft.addEventListener("input", () => {
    autosize();
    updateHighlights();
    if (state.suggestion) setDraftState(edited() ? "edited" : "checked");
    updateButtons();
  });
  for (const b of document.querySelectorAll("[data-rewrite]")) {
    b.addEventListener("click", () => rewrite(b.dataset.rewrite));
  }
  $("accept").addEventListener("click", () => sendFeedback("accept"));
  $("reject").addEventListener("click", () => sendFeedback("rejected"));
  $("edit").addEventListener("click", () => {
    draft.focus();
    draft.setSelectionRange(draft.value.length, draft.value.length);
  });
  $("source-close").addEventListener("click", closeSource);
  $("source-dialog").addEventListener("close", () => $("source-dialog").returnFocus?.focus());
  $("source-dialog").addEventListener("click", (e) => {
    if (e.target === e.currentTarget) closeSource(); // a click on the backdrop
  });
  window.addEventListener("resize", autosize);

  loadSamples();
}

init();
