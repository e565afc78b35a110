// vigil dashboard: plain JavaScript over the JSON API of `vigil serve` (docs/server.md).
// Everything is built with DOM calls and textContent (stored text is never read as HTML);
// nothing is loaded from the network but this server.
'use strict';

const PAGE = 50;
const GOLDSTEIN_MIN = 5;  // the timeline's Goldstein line skips weeks with fewer events
const FILTERS = ['from', 'to', 'source_country', 'target_country', 'code', 'plover', 'quad', 'text'];
const QUADS = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
const enc = new TextEncoder();
const dec = new TextDecoder();
const $ = (id) => document.getElementById(id);
const fmt = (n) => Number(n).toLocaleString('en');  // 1,015,295
let offset = 0;
let generation = 0;  // each refresh() counts one; answers of an older one are dropped

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === 'class') node.className = v;
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v);
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

// GET /api/<path>; an error answer (400 names the parameter) is thrown with its message.
async function api(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== '' && v != null) query.set(k, v);
  const res = await fetch('api/' + path + (query.toString() ? '?' + query : ''));
  const body = await res.json().catch(() => ({ error: res.statusText }));
  if (!res.ok) {
    const err = new Error(body.error || res.statusText);
    err.parameter = body.parameter;
    throw err;
  }
  return body;
}

function filters() {
  const form = $('filters');
  const out = {};
  for (const name of FILTERS) out[name] = form.elements[name].value.trim();
  return out;
}

function showError(err) {
  const box = $('error');
  if (!err) { box.hidden = true; box.textContent = ''; return; }
  box.hidden = false;
  box.textContent = err.message;
  const field = err.parameter && $('filters').elements[err.parameter];
  if (field) field.setAttribute('aria-invalid', 'true');
}

// The bytes [begin, end) of UTF-8 `bytes` as text (API spans are byte offsets).
function bytesText(bytes, begin, end) { return dec.decode(bytes.subarray(begin, end)); }

// The event's sentence with its evidence marked.
function sentenceWithEvidence(ev) {
  const sentence = ev.sentence || '';
  const evd = ev.evidence || {};
  const own = (evd.mentions || []).find((m) => m.sentence_index === ev.sentence_index);
  const bytes = enc.encode(sentence);
  if (!own || evd.begin == null) return document.createTextNode(sentence);
  const b = evd.begin - own.begin, e = evd.end - own.begin;
  if (b < 0 || e > bytes.length || b >= e) return document.createTextNode(sentence);
  const span = el('span');
  span.append(bytesText(bytes, 0, b), el('mark', {}, bytesText(bytes, b, e)), bytesText(bytes, e, bytes.length));
  return span;
}

function actor(a) {
  if (!a) return '—';
  return el('span', {}, el('span', { class: 'code' }, a.code), a.text ? ' ' + a.text.toLowerCase() : '');
}

function docButton(id, label) {
  return el('button', { type: 'button', class: 'doc-link', onclick: () => openDocument(id) }, label || id);
}

function eventRow(ev) {
  const quad = ev.quad_class;
  const q = ev.quote;
  return el('tr', {},
    el('td', { class: 'date', 'data-label': 'Date' }, ev.event_date || ev.date || '—'),
    el('td', { 'data-label': 'Source' }, actor(ev.source)),
    el('td', { 'data-label': 'Event' },
      el('span', { class: 'code' }, ev.cameo), ' ',
      quad ? el('span', { class: 'tag q' + quad, title: QUADS[quad] }, 'Q' + quad) : null, ' ',
      ev.plover && ev.plover.event ? ev.plover.event : ''),
    el('td', { 'data-label': 'Target' }, actor(ev.target)),
    el('td', { class: 'sentence', 'data-label': 'Evidence' }, sentenceWithEvidence(ev), ' ',
      docButton(ev.doc_id, ev.doc_id + ' ›')),
    el('td', { class: 'quote', 'data-label': 'Quotation' },
      q ? el('span', {}, '“' + q.text + '”', el('br'), el('span', { class: 'speaker' }, '— ' + (q.speaker || 'unattributed'))) : '—'));
}

async function loadEvents(f, gen) {
  const body = await api('events', { ...f, limit: PAGE, offset });
  if (gen !== generation) return;
  const tbody = $('events-body');
  tbody.replaceChildren(...body.events.map(eventRow));
  if (!body.events.length) tbody.append(el('tr', {}, el('td', { colspan: '6' }, 'No events match these filters.')));
  $('events-count').textContent = '(' + fmt(body.total) + ')';
  $('page').textContent = body.events.length
    ? fmt(offset + 1) + '–' + fmt(offset + body.events.length) + ' of ' + fmt(body.total) : '';
  $('prev').disabled = offset === 0;
  $('next').disabled = !body.more;
}

// Monday-to-Monday weeks between two YYYY-MM-DD dates, inclusive.
function weeksBetween(first, last) {
  const out = [];
  const d = new Date(first + 'T00:00:00Z');
  const end = new Date(last + 'T00:00:00Z');
  for (; d <= end; d.setUTCDate(d.getUTCDate() + 7)) out.push(d.toISOString().slice(0, 10));
  return out;
}

// The weeks [first, last] holding all but at most 1% of the events at each end: a stray
// date decades away (a history recalled in a story) would otherwise flatten the chart.
function mainRange(weeks, total) {
  const cut = Math.floor(total * 0.01);
  let lo = 0, hi = weeks.length - 1, dropped = 0;
  for (let n = 0; lo < hi && n + weeks[lo][1] <= cut; lo++) n += weeks[lo][1], dropped += weeks[lo][1];
  for (let n = 0; hi > lo && n + weeks[hi][1] <= cut; hi--) n += weeks[hi][1], dropped += weeks[hi][1];
  return { first: weeks[lo][0], last: weeks[hi][0], dropped };
}

// The timeline: events per week (per month over three years) stacked by QuadClass, and
// their mean Goldstein score as a line (right axis, -10..10).
async function loadTimeline(f, gen) {
  const quads = f.quad ? [Number(f.quad)] : [1, 2, 3, 4];
  const answers = await Promise.all(quads.map((q) => api('aggregate', { ...f, quad: q, group_by: 'week', limit: 1000 })));
  if (gen !== generation) return;
  const counts = {};  // week -> [q1..q4, goldstein sum]
  let undated = 0;
  answers.forEach((a, i) => {
    for (const r of a.rows) {
      if (!r.week || r.week.length !== 10) { undated += r.count; continue; }  // dated by month or year
      const c = (counts[r.week] ||= [0, 0, 0, 0, 0]);
      c[quads[i] - 1] += r.count;
      c[4] += r.goldstein_sum;
    }
  });
  const known = Object.keys(counts).sort();
  const chart = $('timeline');
  const note = $('timeline-note');
  // Drawn at the chart's own width, so that its text is the page's size on any screen.
  const W = Math.max(320, Math.round(chart.clientWidth || 960)), H = W < 600 ? 180 : 200;
  const left = 40, right = 34, bottom = 28, top = 10;
  const svg = svgEl('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img' });
  if (!known.length) {
    svg.setAttribute('aria-label', 'No dated events match these filters.');
    svg.append(svgEl('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'empty' }, 'No dated events match these filters.'));
    chart.replaceChildren(svg);
    note.textContent = undated ? `${fmt(undated)} matching events are dated only by month or year.` : '';
    return;
  }
  const sum = (c) => c[0] + c[1] + c[2] + c[3];
  const weekly = known.map((w) => [w, sum(counts[w])]);
  const total = weekly.reduce((n, [, v]) => n + v, 0);
  const range = f.from || f.to ? { first: known[0], last: known[known.length - 1], dropped: 0 } : mainRange(weekly, total);
  let bins = weeksBetween(range.first, range.last).map((w) => ({ key: w, c: counts[w] || [0, 0, 0, 0, 0] }));
  let unit = 'week';
  if (bins.length > 156) {  // three years of weeks: bars thinner than a pixel; use months
    unit = 'month';
    const months = new Map();
    for (const b of bins) {
      const m = (months.get(b.key.slice(0, 7)) || [0, 0, 0, 0, 0]);
      b.c.forEach((v, i) => { m[i] += v; });
      months.set(b.key.slice(0, 7), m);
    }
    bins = [...months].map(([key, c]) => ({ key, c }));
  }
  $('timeline-title').textContent = `Events per ${unit} by QuadClass, with the mean Goldstein score`;
  const max = Math.max(...bins.map((b) => sum(b.c)), 1);
  const step = (W - left - right) / bins.length;
  const bar = Math.min(48, Math.max(1, step * 0.8));
  const y = (v) => top + (H - top - bottom) * (1 - v / max);
  const g = (v) => top + (H - top - bottom) * (1 - (v + 10) / 20);  // Goldstein axis
  svg.append(svgEl('line', { x1: left, x2: W - right, y1: y(0), y2: y(0), class: 'axis' }));
  svg.append(svgEl('line', { x1: left, x2: W - right, y1: g(0), y2: g(0), class: 'axis zero' }));
  svg.append(svgEl('text', { x: left - 6, y: y(max) + 4, 'text-anchor': 'end' }, String(max)));
  svg.append(svgEl('text', { x: left - 6, y: y(0), 'text-anchor': 'end' }, '0'));
  for (const v of [10, 0, -10]) {
    svg.append(svgEl('text', { x: W - right + 6, y: g(v) + 4, class: 'goldstein-axis' }, (v > 0 ? '+' : v < 0 ? '−' : '') + Math.abs(v)));
  }
  const labelEvery = Math.ceil(bins.length / Math.floor(W / 110));
  const line = [], lines = [];
  bins.forEach((b, i) => {
    const x = left + i * step + (step - bar) / 2;
    let base = 0;
    const n = sum(b.c);
    const group = svgEl('g', {});
    const mean = n ? b.c[4] / n : null;
    group.append(svgEl('title', {}, `${unit} of ${b.key}: ${n} events` + (n ? ', ' + [1, 2, 3, 4].map((q) => `${QUADS[q]} ${b.c[q - 1]}`).join(', ') +
      `; mean Goldstein ${mean.toFixed(1)}` : '')));
    // An invisible full-height strip makes the tooltip easy to hit on short bars.
    group.append(svgEl('rect', { x: left + i * step, width: step, y: top, height: H - top - bottom, class: 'hit' }));
    for (let q = 1; q <= 4; q++) {
      if (!b.c[q - 1]) continue;
      group.append(svgEl('rect', { x, width: bar, y: y(base + b.c[q - 1]), height: y(base) - y(base + b.c[q - 1]), class: 'q' + q }));
      base += b.c[q - 1];
    }
    svg.append(group);
    if (n >= GOLDSTEIN_MIN) line.push(`${(x + bar / 2).toFixed(1)},${g(mean).toFixed(1)}`);
    else if (line.length) lines.push(line.splice(0));  // a gap: too few events for a mean
    if (i % labelEvery === 0) svg.append(svgEl('text', { x: x + bar / 2, y: H - 8, 'text-anchor': 'middle' }, b.key));
  });
  if (line.length) lines.push(line);
  for (const l of lines) {
    if (l.length > 1) svg.append(svgEl('polyline', { points: l.join(' '), class: 'goldstein' }));
    const [cx, cy] = l[0].split(',');
    if (l.length === 1) svg.append(svgEl('circle', { cx, cy, r: 2.5, class: 'goldstein-dot' }));
  }
  const shown = bins.reduce((s, b) => s + sum(b.c), 0);
  svg.setAttribute('aria-label', `${shown} dated events over ${bins.length} ${unit}s from ${bins[0].key}; the busiest ${unit} has ${max}.`);
  chart.replaceChildren(svg);
  const notes = [];
  if (range.dropped) notes.push(`${fmt(range.dropped)} events dated before ${range.first} or after the ${unit} of ${range.last} are not drawn (set From and To to see them).`);
  if (undated) notes.push(`${fmt(undated)} matching events are dated only by month or year.`);
  note.textContent = notes.join(' ');
}

// The filter field a map or network click sets, toggled: the same country again clears it.
function pickCountry(field, code) {
  const form = $('filters');
  const input = form.elements[field];
  input.value = input.value.trim().toUpperCase() === code ? '' : code;
  offset = 0;
  refresh();
}

function codes(value) {
  return new Set(value.split(',').map((v) => v.trim().toUpperCase()).filter(Boolean));
}

// A list of buttons (the keyboard's way to what a click on the picture does).
// Redrawn after each pick, it gives the focus back to the same item (or the first one).
function pickList(list, items) {
  const focused = list.contains(document.activeElement) ? document.activeElement.dataset.key : null;
  list.replaceChildren(...items.map((it) => el('li', {},
    el('button', { type: 'button', class: 'pick', 'aria-pressed': String(it.pressed), 'data-key': it.key, onclick: it.onclick },
      el('span', { class: 'pick-label' }, it.label), ' ', el('span', { class: 'pick-count' }, it.count)))));
  if (focused !== null) {
    const again = [...list.querySelectorAll('button')].find((b) => b.dataset.key === focused) || list.querySelector('button');
    if (again) again.focus();
  }
}

// The map counts events by the chosen role with every filter but the countries, which it
// outlines instead (so the other countries stay visible to pick from).
async function loadMap(f, gen) {
  const role = $('map-role').value;
  const words = role === 'source_country' ? 'as source' : 'as target';
  const box = $('map');
  const asked = api('aggregate', { ...f, source_country: '', target_country: '', group_by: role, limit: 1000 });
  // Without web/node_modules there is no map: say how to get it; the list still works.
  const world = await loadWorld().catch((err) => err);
  const agg = await asked;
  if (gen !== generation) return;
  const counts = new Map();
  let none = 0;
  for (const r of agg.rows) {
    if (r[role]) counts.set(r[role], r.count); else none += r.count;
  }
  const selected = codes(f[role]);
  let missing = [];
  if (world instanceof Error) {
    box.replaceChildren(el('p', { class: 'error' }, world.message));
    $('map-legend').replaceChildren();
  } else {
    const drawn = drawMap(box, world, counts, selected, words, (code) => pickCountry(role, code));
    mapLegend($('map-legend'), drawn.breaks);
    missing = drawn.missing;
  }
  const top = agg.rows.filter((r) => r[role]).slice(0, 10);
  pickList($('map-top'), top.map((r) => ({
    key: r[role], label: `${countryName(r[role])} (${r[role]})`, count: fmt(r.count), pressed: selected.has(r[role]),
    onclick: () => pickCountry(role, r[role]),
  })));
  const notes = [];
  if (missing.length) notes.push(`Not on the map (regions, places too small for it): ${missing.slice(0, 5).map((c) => `${countryName(c)} (${c}) ${fmt(counts.get(c))}`).join(', ')}${missing.length > 5 ? ', …' : '.'}`);
  if (none) notes.push(`${fmt(none)} events have no ${role === 'source_country' ? 'source' : 'target'} country.`);
  $('map-note').textContent = notes.join(' ');
}

// The network of dyads, with every filter but the countries, which it highlights.
async function loadNetwork(f, gen) {
  const agg = await api('aggregate', { ...f, source_country: '', target_country: '', group_by: 'dyad', limit: 1000 });
  if (gen !== generation) return;
  const graph = dyadGraph(agg.rows, $('network').clientWidth < 500 ? 10 : NET_NODES);
  const selected = { source: codes(f.source_country), target: codes(f.target_country) };
  const setBoth = (s, t) => {
    const form = $('filters');
    const same = form.elements.source_country.value.trim().toUpperCase() === s &&
      form.elements.target_country.value.trim().toUpperCase() === t;
    form.elements.source_country.value = same ? '' : s;
    form.elements.target_country.value = same ? '' : t;
    offset = 0;
    refresh();
  };
  drawNetwork($('network'), graph, selected, (code) => pickCountry('source_country', code), setBoth);
  pickList($('network-top'), graph.edges.slice(0, 10).map((e) => ({
    key: e.s + '>' + e.t, label: `${e.s} → ${e.t}`, count: `${fmt(e.count)} events` + (e.mean == null ? '' : `, mean ${(e.mean > 0 ? '+' : '') + e.mean.toFixed(1)}`),
    pressed: selected.source.has(e.s) && selected.target.has(e.t),
    onclick: () => setBoth(e.s, e.t),
  })));
}

let coalitionAsked = 0;  // as `generation`, for the coalition panel

async function loadCoalition() {
  const form = $('coalition-form');
  const f = filters();
  const list = $('coalition');
  const asked = ++coalitionAsked;
  try {
    const body = await api('coalition', {
      target_country: form.elements.target_country.value.trim(), root: form.elements.root.value,
      from: f.from, to: f.to, limit: 200,
    });
    if (asked !== coalitionAsked) return;
    list.replaceChildren(...body.coalition.map((c) => el('li', {},
      el('strong', {}, c.event_date || c.date || '—'), ' ', actor(c.source), ' ',
      el('span', { class: 'code' }, c.cameo), ' → ', actor(c.target),
      ' · ' + c.count + (c.count === 1 ? ' event ' : ' events '), docButton(c.doc_id, c.doc_id + ' ›'),
      el('blockquote', {}, c.evidence_text || c.sentence))));
    if (!body.coalition.length) list.append(el('li', {}, 'Nobody in the store, for this target and code family.'));
  } catch (err) {
    if (asked === coalitionAsked) list.replaceChildren(el('li', { class: 'error' }, err.message));
  }
}

// The document's text with every event's evidence and every quotation marked.
async function openDocument(id) {
  const section = $('document');
  let body;
  try {
    body = await api('documents/' + encodeURIComponent(id));
  } catch (err) {
    showError(err);
    return;
  }
  const d = body.document;
  const bytes = enc.encode(d.text);
  const spans = [];
  body.events.forEach((ev, i) => spans.push({ b: ev.evidence.begin, e: ev.evidence.end, kind: 'ev', i }));
  body.quotations.forEach((q) => spans.push({ b: q.begin, e: q.end, kind: 'quote' }));
  const cuts = new Set([0, bytes.length]);
  for (const sp of spans) { cuts.add(Math.min(sp.b, bytes.length)); cuts.add(Math.min(sp.e, bytes.length)); }
  const points = [...cuts].sort((a, b) => a - b);
  const text = $('document-text');
  text.replaceChildren();
  const firstMark = {};
  for (let k = 0; k + 1 < points.length; k++) {
    const b = points[k], e = points[k + 1];
    let node = document.createTextNode(bytesText(bytes, b, e));
    const inside = spans.filter((sp) => sp.b <= b && e <= sp.e);
    if (inside.some((sp) => sp.kind === 'quote')) node = el('span', { class: 'quote-mark' }, node);
    const evs = inside.filter((sp) => sp.kind === 'ev');
    if (evs.length) {
      const mark = el('mark', { class: 'ev', title: evs.map((sp) => label(body.events[sp.i])).join('; ') }, node);
      for (const sp of evs) if (!(sp.i in firstMark)) { firstMark[sp.i] = mark; mark.id = 'mark-' + sp.i; mark.tabIndex = -1; }
      node = mark;
    }
    text.append(node);
  }
  $('document-title').textContent = d.title || d.id;
  $('document-meta').textContent = [d.id, d.date, d.source].filter(Boolean).join(' · ');
  if (d.url) $('document-meta').append(' · ', el('a', { href: d.url, rel: 'noreferrer noopener' }, 'original'));
  $('document-events').replaceChildren(...body.events.map((ev, i) => el('li', {},
    el('button', { type: 'button', class: 'doc-link', onclick: () => focusMark(firstMark[i]) }, label(ev)),
    ev.quote ? el('span', { class: 'speaker' }, ' — quoting ' + (ev.quote.speaker || 'an unattributed speaker')) : '')));
  if (!body.events.length) $('document-events').append(el('li', {}, 'No events.'));
  const hash = new URLSearchParams(location.hash.slice(1));
  hash.set('doc', id);
  history.replaceState(null, '', '#' + hash);
  section.hidden = false;
  section.focus();
  section.scrollIntoView({ block: 'start' });
}

function label(ev) {
  return `${ev.source.code} ${ev.cameo}${ev.target ? ' ' + ev.target.code : ''}` +
    (ev.plover && ev.plover.event ? ` (${ev.plover.event})` : '');
}

function focusMark(mark) {
  if (!mark) return;
  document.querySelectorAll('.doc-text mark.active').forEach((m) => m.classList.remove('active'));
  mark.classList.add('active');
  mark.focus();
  mark.scrollIntoView({ block: 'center' });
}

async function refresh() {
  showError(null);
  for (const input of $('filters').elements) input.removeAttribute && input.removeAttribute('aria-invalid');
  const f = filters();
  const hash = new URLSearchParams(Object.entries(f).filter(([, v]) => v));
  const open = new URLSearchParams(location.hash.slice(1)).get('doc');
  if (open && !$('document').hidden) hash.set('doc', open);
  history.replaceState(null, '', hash.toString() ? '#' + hash : location.pathname);
  try {
    const gen = ++generation;
    await Promise.all([loadEvents(f, gen), loadTimeline(f, gen), loadMap(f, gen), loadNetwork(f, gen)]);
  } catch (err) {
    showError(err);
  }
}

async function loadHealth() {
  try {
    const h = await api('health');
    $('health').textContent = `${fmt(h.documents)} documents, ${fmt(h.events)} events, ${fmt(h.quotations)} quotations in the store`;
  } catch (err) {
    $('health').textContent = 'The store cannot be read: ' + err.message;
  }
}

function init() {
  const form = $('filters');
  const given = new URLSearchParams(location.hash.slice(1));
  for (const name of FILTERS) if (given.has(name)) form.elements[name].value = given.get(name);
  form.addEventListener('submit', (e) => { e.preventDefault(); offset = 0; refresh(); loadCoalition(); });
  form.addEventListener('reset', () => setTimeout(() => { offset = 0; refresh(); loadCoalition(); }, 0));
  const page = () => loadEvents(filters(), generation).catch(showError);
  $('prev').addEventListener('click', () => { offset = Math.max(0, offset - PAGE); page(); });
  $('next').addEventListener('click', () => { offset += PAGE; page(); });
  $('map-role').addEventListener('change', () => loadMap(filters(), generation).catch(showError));
  $('coalition-form').addEventListener('submit', (e) => { e.preventDefault(); loadCoalition(); });
  const closeDocument = () => {
    $('document').hidden = true;
    const hash = new URLSearchParams(location.hash.slice(1));
    hash.delete('doc');
    history.replaceState(null, '', hash.toString() ? '#' + hash : location.pathname);
    $('events').focus();
  };
  $('close-document').addEventListener('click', closeDocument);
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && !$('document').hidden) closeDocument();
  });
  loadHealth();
  refresh();
  loadCoalition();
  if (given.has('doc')) openDocument(given.get('doc'));  // #doc=ID links to a document
}

init();
