/* Dragoman dashboard: plain JavaScript over the REST API (no framework, nothing fetched
   from elsewhere). Charts are drawn as SVG here; the map comes drawn from the server. */
"use strict";

const $ = (sel) => document.querySelector(sel);
const SVG_NS = "http://www.w3.org/2000/svg";
const COLOURS = { coop: "#1b7837", conflict: "#b2182b", axis: "#888", bar: "#4a78a8" };
const PAGE = 200;
let nextCursor = null;

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") node.className = v; else node.setAttribute(k, v);
  }
  for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(c ?? ""));
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  return node;
}

function setStatus(text, isError) {
  const s = $("#status");
  s.textContent = text || "";
  s.className = isError ? "error" : "";
}

async function getJSON(url) {
  const response = await fetch(url);
  const body = await response.json().catch(() => ({ error: `${response.status} ${response.statusText}` }));
  if (!response.ok) throw new Error(body.error || `${response.status}`);
  return body;
}

/* ---------------------------------------------------------------- filters */
function filterParams() {
  const form = new FormData($("#filters"));
  const p = new URLSearchParams();
  for (const name of ["since", "until", "type", "actor", "min_confidence", "q"]) {
    const v = (form.get(name) || "").trim();
    if (v) p.set(name, v);
  }
  const dyad = $("#dyad-picker").value;
  if (dyad && form.get("use_dyad")) p.set("dyad", dyad);
  return p;
}

function actorText(a) {
  if (!a) return "";
  const code = [a.country, a.sector].filter(Boolean).join("/");
  return a.name ? (code ? `${a.name} (${code})` : a.name) : code || "?";
}

/* ---------------------------------------------------------------- periods */
function periodRange(label) {
  let m;
  if ((m = /^(\d{4})-W(\d{2})$/.exec(label))) {
    const jan4 = new Date(Date.UTC(+m[1], 0, 4));
    const start = new Date(jan4.getTime() - ((jan4.getUTCDay() + 6) % 7) * 864e5 + (+m[2] - 1) * 7 * 864e5);
    return [start, new Date(start.getTime() + 7 * 864e5)];
  }
  if ((m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(label))) {
    const s = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
    return [s, new Date(s.getTime() + 864e5)];
  }
  if ((m = /^(\d{4})-(\d{2})$/.exec(label))) return [new Date(Date.UTC(+m[1], +m[2] - 1, 1)), new Date(Date.UTC(+m[1], +m[2], 1))];
  if ((m = /^(\d{4})$/.exec(label))) return [new Date(Date.UTC(+m[1], 0, 1)), new Date(Date.UTC(+m[1] + 1, 0, 1))];
  return null;
}

function timeAxis(g, x0, x1, t0, t1, y, labelY = y + 14) {
  g.append(svg("line", { x1: x0, x2: x1, y1: y, y2: y, stroke: COLOURS.axis }));
  const years = [];
  for (let yr = t0.getUTCFullYear(); yr <= t1.getUTCFullYear() + 1; yr++) years.push(yr);
  const months = years.length <= 3;
  const ticks = [];
  for (const yr of years) {
    for (let mo = 0; mo < (months ? 12 : 1); mo++) ticks.push(new Date(Date.UTC(yr, mo, 1)));
  }
  const scale = (t) => x0 + ((t - t0) / (t1 - t0)) * (x1 - x0);
  for (const t of ticks) {
    if (t < t0 || t > t1) continue;
    const x = scale(t);
    g.append(svg("line", { x1: x, x2: x, y1: y, y2: y + 4, stroke: COLOURS.axis }));
    if (labelY !== y + 14) g.append(svg("line", { x1: x, x2: x, y1: labelY - 10, y2: labelY - 14, stroke: COLOURS.axis }));
    const label = svg("text", { x: x + 2, y: labelY, "font-size": 10, fill: "#555" });
    label.textContent = months ? (t.getUTCMonth() === 0 ? `${t.getUTCFullYear()}` : `${t.getUTCMonth() + 1}`) : `${t.getUTCFullYear()}`;
    g.append(label);
  }
  return scale;
}

/* A period label coarser than the chart's ("2011" in a chart by month): the text gives no finer date. */
function coarser(label, by) {
  if (/^\d{4}$/.test(label)) return by !== "year";
  if (/^\d{4}-\d{2}$/.test(label)) return by === "day" || by === "week";
  return false;
}

/* ---------------------------------------------------------------- dyad trajectory */
async function drawTrajectory() {
  const box = $("#trajectory");
  const pair = $("#dyad-picker").value;
  if (!pair) return;
  const [a, b] = pair.split(",");
  const by = $("#dyad-by").value;
  const data = await getJSON(`/dyads/${encodeURIComponent(a)}/${encodeURIComponent(b)}?by=${by}&directed=true`);
  box.replaceChildren();
  const dated = data.rows.filter((r) => periodRange(r.period));
  const undated = data.rows.filter((r) => !periodRange(r.period)).reduce((n, r) => n + r.events, 0);
  if (!dated.length) {
    box.append(el("p", { class: "hint" }, `No dated events between ${a} and ${b}.`));
    return;
  }
  const t0 = new Date(Math.min(...dated.map((r) => periodRange(r.period)[0])));
  const t1 = new Date(Math.max(...dated.map((r) => periodRange(r.period)[1])));
  const W = 900, left = 20, right = 20, panel = 110, gap = 44, H = 2 * (panel + gap) + 34;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, id: "trajectory-svg", role: "img",
    "aria-label": `cooperation and conflict between ${a} and ${b} by ${by}` });
  const max = Math.max(1, ...dated.map((r) => Math.max(r.cooperation, r.conflict)));
  [[a, b], [b, a]].forEach(([src, tgt], i) => {
    const top = 22 + i * (panel + gap), mid = top + panel / 2;
    const g = svg("g", { class: "direction", "data-direction": `${src}-${tgt}` });
    const title = svg("text", { x: left, y: top - 6, "font-size": 12, "font-weight": "bold" });
    title.textContent = `${src} → ${tgt}`;
    g.append(title);
    const scale = timeAxis(g, left, W - right, t0, t1, mid, top + panel + 14);
    for (const r of dated.filter((r) => r.source === src && r.target === tgt)) {
      const [s, e] = periodRange(r.period);
      const x = scale(s), w = Math.max(2, scale(e) - scale(s) - 1);
      const hc = (r.cooperation / max) * (panel / 2 - 4), hf = (r.conflict / max) * (panel / 2 - 4);
      const tip = `${r.period}: ${r.cooperation} cooperation, ${r.conflict} conflict, mean intensity ${r.intensity_mean ?? "n/a"}`;
      for (const [h, y, colour, kind] of [[hc, mid - hc, COLOURS.coop, "cooperation"], [hf, mid, COLOURS.conflict, "conflict"]]) {
        if (!h) continue;
        const bar = svg("rect", { x, y, width: w, height: h, fill: colour, class: `bar ${kind}`, "data-period": r.period,
          "fill-opacity": coarser(r.period, by) ? 0.4 : 1 });
        const t = svg("title", {});
        t.textContent = tip;
        bar.append(t);
        g.append(bar);
      }
    }
    chart.append(g);
  });
  const notes = [`green up: cooperation · red down: conflict · events per ${by}` + (undated ? ` · ${undated} undated not shown` : ""),
    "pale bars: dates known only to the month or year, drawn over that span · empty stretches: no events reported"];
  notes.forEach((text, i) => {
    const note = svg("text", { x: left, y: H - 22 + 14 * i, "font-size": 11, fill: "#555" });
    note.textContent = text;
    chart.append(note);
  });
  box.append(chart);
}

/* ---------------------------------------------------------------- timeline */
function drawTimeline(events) {
  const box = $("#timeline");
  box.replaceChildren();
  const counts = new Map();
  let undated = 0;
  for (const e of events) {
    const month = e.date && /^\d{4}-\d{2}/.test(e.date) ? e.date.slice(0, 7) : e.date ? e.date.slice(0, 4) : null;
    if (!month) { undated++; continue; }
    counts.set(month, (counts.get(month) || 0) + 1);
  }
  if (!counts.size) {
    box.append(el("p", { class: "hint" }, `No dated events (${undated} undated).`));
    return;
  }
  const ranges = [...counts.keys()].map(periodRange);
  const t0 = new Date(Math.min(...ranges.map((r) => r[0]))), t1 = new Date(Math.max(...ranges.map((r) => r[1])));
  const W = 440, H = 180, left = 30, right = 10, base = 140, max = Math.max(...counts.values());
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, id: "timeline-svg" });
  const scale = timeAxis(chart, left, W - right, t0, t1, base);
  for (const [period, n] of counts) {
    const [s, e] = periodRange(period);
    const h = (n / max) * (base - 20);
    const bar = svg("rect", { x: scale(s), y: base - h, width: Math.max(2, scale(e) - scale(s) - 1), height: h, fill: COLOURS.bar });
    const t = svg("title", {});
    t.textContent = `${period}: ${n} events`;
    bar.append(t);
    chart.append(bar);
  }
  const note = svg("text", { x: left, y: H - 4, "font-size": 10, fill: "#555" });
  note.textContent = `events per month (a year-only date spans its year)${undated ? ` · ${undated} undated` : ""}`;
  chart.append(note);
  box.append(chart);
}

/* ---------------------------------------------------------------- map */
async function drawMap(p) {
  const response = await fetch(`/dashboard/map.svg?${p}`);
  if (!response.ok) throw new Error((await response.json()).error);
  $("#map").innerHTML = await response.text(); // drawn and escaped by the server
  for (const dot of document.querySelectorAll("#map .event-dot")) {
    dot.addEventListener("click", guard(() => openEvent(dot.dataset.event)));
  }
}

/* ---------------------------------------------------------------- events */
function eventRow(e) {
  const row = el("tr", { "data-event": e.id },
    el("td", {}, e.date || "undated"), el("td", {}, e.type), el("td", {}, actorText(e.source)),
    el("td", {}, actorText(e.target)), el("td", {}, e.trigger), el("td", {}, e.confidence.toFixed(2)));
  row.addEventListener("click", guard(() => openEvent(e.id)));
  return row;
}

async function loadEvents(more) {
  const p = filterParams();
  p.set("limit", PAGE);
  if (more && nextCursor) p.set("cursor", nextCursor);
  const page = await getJSON(`/events?${p}`);
  const body = $("#events tbody");
  if (!more) body.replaceChildren();
  page.events.forEach((e) => body.append(eventRow(e)));
  nextCursor = page.next_cursor;
  $("#more").hidden = !nextCursor;
  $("#event-count").textContent = `(${body.children.length}${nextCursor ? "+" : ""})`;
  return page.events;
}

async function openEvent(id) {
  const data = await getJSON(`/events/${encodeURIComponent(id)}`);
  for (const tr of document.querySelectorAll("#events tbody tr")) tr.classList.toggle("selected", tr.dataset.event === id);
  const e = data.event;
  const sentence = el("p", { class: "sentence" });
  for (const seg of data.sentence.segments) {
    sentence.append(seg.role ? el("mark", { class: `hl hl-${seg.role}`, title: seg.role }, seg.text) : seg.text);
  }
  const facts = el("dl", { class: "facts" });
  const add = (k, v) => { if (v !== null && v !== undefined && v !== "") facts.append(el("dt", {}, k), el("dd", {}, String(v))); };
  add("type", `${e.type}${e.cameo ? ` (CAMEO ${e.cameo})` : ""}`);
  add("source", actorText(e.source));
  add("target", actorText(e.target));
  add("date", e.date ? `${e.date} (${e.date_precision})` : "undated");
  add("modality", e.modality);
  add("place", e.location);
  add("confidence", e.confidence);
  add("rule", data.rule.event);
  add("source rule", data.rule.source);
  add("target rule", data.rule.target);
  const doc = data.document || {};
  add("document", `${doc.title || doc.id || e.doc}${doc.publication_date ? `, ${doc.publication_date}` : ""}`);
  const legend = el("p", { class: "legend" }, el("mark", { class: "hl-source" }, "source"),
    el("mark", { class: "hl-target" }, "target"), el("mark", { class: "hl-trigger" }, "trigger"),
    el("mark", { class: "hl-place" }, "place"));
  $("#event-detail").replaceChildren(el("h3", {}, `${e.type}: ${e.trigger}`), sentence, legend, facts,
    el("p", {}, el("a", { href: `/events/${encodeURIComponent(id)}` }, "this event as JSON")));
}

/* ---------------------------------------------------------------- claims */
async function loadClaims() {
  const actor = (new FormData($("#filters")).get("actor") || "").trim();
  const data = await getJSON(`/claims${actor ? `?actor=${encodeURIComponent(actor)}` : ""}`);
  const box = $("#claims");
  box.replaceChildren();
  if (!data.groups.length) box.append(el("p", { class: "hint" }, "No demands, commitments or threats stored."));
  for (const g of data.groups.slice(0, 15)) {
    const kinds = Object.entries(g.kinds).map(([k, n]) => `${n} ${k}`).join(", ");
    const met = Object.entries(g.met || {}).map(([k, n]) => `${n} ${k}`).join(", ");
    const list = el("ul", {});
    for (const c of g.items) {
      const who = `${actorText(c.source)} → ${actorText(c.target)}`;
      const status = c.fulfilment ? ` [${c.fulfilment.status}]` : "";
      list.append(el("li", {}, `${c.date || "undated"} `, el("span", { class: "kind" }, c.kind), `${status} ${who}: “${c.sentences[0]?.text ?? ""}”`));
    }
    const head = `${g.topic} — ${g.claims} claims (${kinds}; ${g.first || "?"} … ${g.last || "?"}${g.recurs ? ", recurring" : ""})` +
      (met ? ` · ${met}` : "");
    box.append(el("div", { class: "claim-group" }, el("h3", {}, head), list));
  }
}

/* ---------------------------------------------------------------- wiring */
async function refresh() {
  setStatus("loading…");
  try {
    const p = filterParams();
    const events = await loadEvents(false);
    drawTimeline(events);
    await Promise.all([drawMap(p), drawTrajectory(), loadClaims()]);
    setStatus("");
  } catch (err) {
    setStatus(err.message, true);
  }
}

function guard(fn) {
  return (...args) => fn(...args).catch((err) => setStatus(err.message, true));
}

document.addEventListener("DOMContentLoaded", () => {
  $("#filters").addEventListener("submit", (ev) => { ev.preventDefault(); refresh(); });
  $("#reset").addEventListener("click", () => { $("#filters").reset(); refresh(); });
  $("#dyad-picker").addEventListener("change", refresh);
  $("#dyad-by").addEventListener("change", guard(drawTrajectory));
  $("#more").addEventListener("click", guard(() => loadEvents(true)));
  refresh();
});
