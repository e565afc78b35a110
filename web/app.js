// vigil dashboard: plain JavaScript over the JSON API of `vigil serve` (docs/server.md).
// Everything is built with DOM calls and textContent (stored text is never read as HTML);
// nothing is loaded from the network but this server.
'use strict';

const PAGE = 50;
const FILTERS = ['from', 'to', 'source_country', 'target_country', 'code', 'plover', 'quad', 'text'];
const QUADS = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };
const enc = new TextEncoder();
const dec = new TextDecoder();
const $ = (id) => document.getElementById(id);
let offset = 0;

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

async function loadEvents() {
  const body = await api('events', { ...filters(), limit: PAGE, offset });
  const tbody = $('events-body');
  tbody.replaceChildren(...body.events.map(eventRow));
  if (!body.events.length) tbody.append(el('tr', {}, el('td', { colspan: '6' }, 'No events match these filters.')));
  $('events-count').textContent = '(' + body.total + ')';
  $('page').textContent = body.events.length
    ? (offset + 1) + '–' + (offset + body.events.length) + ' of ' + body.total : '';
  $('prev').disabled = offset === 0;
  $('next').disabled = !body.more;
}

// Monday-to-Monday weeks between two YYYY-MM-DD dates, inclusive.
function weeksBetween(first, last) {
  const out = [];
  const d = new Date(first + 'T00:00:00Z');
  const end = new Date(last + 'T00:00:00Z');
  for (let i = 0; d <= end && i < 1000; i++, d.setUTCDate(d.getUTCDate() + 7)) out.push(d.toISOString().slice(0, 10));
  return out;
}

async function loadTimeline() {
  const f = filters();
  const quads = f.quad ? [Number(f.quad)] : [1, 2, 3, 4];
  const answers = await Promise.all(quads.map((q) => api('aggregate', { ...f, quad: q, group_by: 'week', limit: 1000 })));
  const counts = {};  // week -> [q1..q4]
  answers.forEach((a, i) => {
    for (const r of a.rows) {
      if (!r.week || r.week.length !== 10) continue;  // events dated only by month or year
      (counts[r.week] ||= [0, 0, 0, 0])[quads[i] - 1] += r.count;
    }
  });
  const known = Object.keys(counts).sort();
  const chart = $('timeline');
  const W = 960, H = 220, left = 36, bottom = 28, top = 8;
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  const s = (tag, attrs, text) => {
    const n = document.createElementNS('http://www.w3.org/2000/svg', tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
    if (text !== undefined) n.textContent = text;
    return n;
  };
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('role', 'img');
  if (!known.length) {
    svg.setAttribute('aria-label', 'No dated events match these filters.');
    svg.append(s('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'empty' }, 'No dated events match these filters.'));
    chart.replaceChildren(svg);
    return;
  }
  const weeks = weeksBetween(known[0], known[known.length - 1]);
  const max = Math.max(...weeks.map((w) => (counts[w] || [0]).reduce((a, b) => a + b, 0)), 1);
  const step = (W - left - 8) / weeks.length;
  const bar = Math.min(48, Math.max(1, step * 0.8));
  const y = (v) => top + (H - top - bottom) * (1 - v / max);
  svg.append(s('line', { x1: left, x2: W - 4, y1: y(0), y2: y(0), class: 'axis' }));
  svg.append(s('text', { x: left - 6, y: y(max) + 4, 'text-anchor': 'end' }, String(max)));
  svg.append(s('text', { x: left - 6, y: y(0), 'text-anchor': 'end' }, '0'));
  const labelEvery = Math.ceil(weeks.length / 8);
  weeks.forEach((w, i) => {
    const x = left + i * step + (step - bar) / 2;
    let base = 0;
    const c = counts[w] || [0, 0, 0, 0];
    const g = s('g', {});
    g.append(s('title', {}, `week of ${w}: ` + [1, 2, 3, 4].map((q) => `${QUADS[q]} ${c[q - 1]}`).join(', ')));
    for (let q = 1; q <= 4; q++) {
      if (!c[q - 1]) continue;
      g.append(s('rect', { x, width: bar, y: y(base + c[q - 1]), height: y(base) - y(base + c[q - 1]), class: 'q' + q }));
      base += c[q - 1];
    }
    svg.append(g);
    if (i % labelEvery === 0) svg.append(s('text', { x: x + bar / 2, y: H - 8, 'text-anchor': 'middle' }, w));
  });
  const total = weeks.reduce((n, w) => n + (counts[w] || [0]).reduce((a, b) => a + b, 0), 0);
  svg.setAttribute('aria-label', `${total} dated events over ${weeks.length} weeks from ${weeks[0]}; the busiest week has ${max}.`);
  chart.replaceChildren(svg);
}

async function loadCoalition() {
  const form = $('coalition-form');
  const f = filters();
  const list = $('coalition');
  try {
    const body = await api('coalition', {
      target_country: form.elements.target_country.value.trim(), root: form.elements.root.value,
      from: f.from, to: f.to, limit: 200,
    });
    list.replaceChildren(...body.coalition.map((c) => el('li', {},
      el('strong', {}, c.event_date || c.date || '—'), ' ', actor(c.source), ' ',
      el('span', { class: 'code' }, c.cameo), ' → ', actor(c.target),
      ' · ' + c.count + (c.count === 1 ? ' event ' : ' events '), docButton(c.doc_id, c.doc_id + ' ›'),
      el('blockquote', {}, c.evidence_text || c.sentence))));
    if (!body.coalition.length) list.append(el('li', {}, 'Nobody in the store, for this target and code family.'));
  } catch (err) {
    list.replaceChildren(el('li', { class: 'error' }, err.message));
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
    await Promise.all([loadEvents(), loadTimeline()]);
  } catch (err) {
    showError(err);
  }
}

async function loadHealth() {
  try {
    const h = await api('health');
    $('health').textContent = `${h.documents} documents, ${h.events} events, ${h.quotations} quotations in the store`;
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
  $('prev').addEventListener('click', () => { offset = Math.max(0, offset - PAGE); loadEvents().catch(showError); });
  $('next').addEventListener('click', () => { offset += PAGE; loadEvents().catch(showError); });
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
