// vigil dashboard: the dyad network — countries as nodes, an arrow from the country that
// acts to the one acted on, as wide as its events are many and coloured by their mean
// Goldstein score. The layout is a small force-directed one computed here (no library),
// deterministic: the same answer gives the same picture.
'use strict';

const NET_NODES = 16;  // the most active countries (10 on a narrow screen)
const NET_EDGES = 40;  // the largest dyads among them
// Mean Goldstein classes (upper bounds), from material conflict to material cooperation.
const GOLDSTEIN_CLASSES = [
  { max: -5, cls: 'g1', label: '−10 to −5' },
  { max: -1, cls: 'g2', label: '−5 to −1' },
  { max: 1, cls: 'g3', label: '−1 to 1' },
  { max: 5, cls: 'g4', label: '1 to 5' },
  { max: 10, cls: 'g5', label: '5 to 10' },
];

function goldsteinClass(mean) {
  if (mean == null) return 'g3';
  return (GOLDSTEIN_CLASSES.find((c) => mean < c.max) || GOLDSTEIN_CLASSES[4]).cls;
}

// Nodes and edges from /api/aggregate?group_by=dyad rows (rows without both countries
// are left out; a country acting on itself counts as the node's domestic events).
function dyadGraph(rows, maxNodes = NET_NODES) {
  const nodes = new Map();
  const node = (code) => {
    if (!nodes.has(code)) nodes.set(code, { code, out: 0, in: 0, self: 0, total: 0 });
    return nodes.get(code);
  };
  for (const r of rows) {
    if (!r.source_country || !r.target_country) continue;
    const s = node(r.source_country), t = node(r.target_country);
    if (s === t) s.self += r.count; else { s.out += r.count; t.in += r.count; }
    s.total += r.count;
    if (s !== t) t.total += r.count;
  }
  // The countries most active towards others (their domestic events are in the tooltip),
  // the largest dyads among them, and no country left without an arrow.
  const busiest = [...nodes.values()].filter((n) => n.out + n.in > 0)
    .sort((a, b) => b.out + b.in - (a.out + a.in) || (a.code < b.code ? -1 : 1)).slice(0, maxNodes);
  const keep = new Set(busiest.map((n) => n.code));
  const edges = rows.filter((r) => r.source_country && r.target_country &&
      r.source_country !== r.target_country && keep.has(r.source_country) && keep.has(r.target_country))
    .slice(0, NET_EDGES)  // rows come largest first
    .map((r) => ({ s: r.source_country, t: r.target_country, count: r.count, mean: r.goldstein_mean }));
  const linked = new Set(edges.flatMap((e) => [e.s, e.t]));
  return { nodes: busiest.filter((n) => linked.has(n.code)), edges };
}

// Positions for the nodes: start on a circle (busiest first), then 300 rounds of
// Fruchterman-Reingold forces (repulsion between all, attraction along edges, a pull to
// the centre), kept inside the frame.
function layout(graph, w, h) {
  const n = graph.nodes.length;
  const pos = new Map();
  graph.nodes.forEach((nd, i) => {
    const a = (2 * Math.PI * i) / Math.max(n, 1) - Math.PI / 2;
    pos.set(nd.code, { x: w / 2 + (w / 3) * Math.cos(a), y: h / 2 + (h / 3) * Math.sin(a) });
  });
  if (n < 2) {
    if (n === 1) pos.set(graph.nodes[0].code, { x: w / 2, y: h / 2 });
    return pos;
  }
  const k = Math.sqrt((w * h) / n);
  const links = graph.edges.map((e) => ({ a: pos.get(e.s), b: pos.get(e.t), w: Math.log2(1 + e.count) }));
  const pts = [...pos.values()];
  for (let round = 0, temp = w / 8; round < 300; round++, temp *= 0.985) {
    const disp = pts.map(() => ({ x: 0, y: 0 }));
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const dx = pts[i].x - pts[j].x, dy = pts[i].y - pts[j].y;
        const d = Math.max(Math.hypot(dx, dy), 1);
        const f = (k * k) / d;
        disp[i].x += (dx / d) * f; disp[i].y += (dy / d) * f;
        disp[j].x -= (dx / d) * f; disp[j].y -= (dy / d) * f;
      }
    }
    for (const l of links) {
      const dx = l.a.x - l.b.x, dy = l.a.y - l.b.y;
      const d = Math.max(Math.hypot(dx, dy), 1);
      const f = ((d * d) / k) * Math.min(0.5 + l.w / 4, 1.5);
      const ia = pts.indexOf(l.a), ib = pts.indexOf(l.b);
      disp[ia].x -= (dx / d) * f; disp[ia].y -= (dy / d) * f;
      disp[ib].x += (dx / d) * f; disp[ib].y += (dy / d) * f;
    }
    pts.forEach((p, i) => {
      disp[i].x += (w / 2 - p.x) * 0.05 * k / 10;
      disp[i].y += (h / 2 - p.y) * 0.05 * k / 10;
      const d = Math.max(Math.hypot(disp[i].x, disp[i].y), 1e-9);
      const step = Math.min(d, temp);
      p.x += (disp[i].x / d) * step;
      p.y += (disp[i].y / d) * step;
    });
  }
  // Fill the frame.
  const margin = 36;
  const xs = pts.map((p) => p.x), ys = pts.map((p) => p.y);
  const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
  const sx = (w - 2 * margin) / Math.max(x1 - x0, 1), sy = (h - 2 * margin) / Math.max(y1 - y0, 1);
  for (const p of pts) {
    p.x = margin + (p.x - x0) * sx;
    p.y = margin + (p.y - y0) * sy;
  }
  return pos;
}

// Draws the network into `box`. `selected` = { source: Set, target: Set } of alpha-3 codes
// from the filters (other arrows are dimmed); onNode(code) / onEdge(s, t) on a click.
function drawNetwork(box, graph, selected, onNode, onEdge) {
  // Drawn at the box's own width (labels keep the page's text size on a phone).
  const width = Math.min(640, Math.max(300, Math.round(box.clientWidth || 640)));
  const height = Math.round(width * (width < 500 ? 0.85 : 0.69));
  const svg = svgEl('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', class: 'network' });
  const defs = svgEl('defs');
  for (const c of GOLDSTEIN_CLASSES) {
    const m = svgEl('marker', { id: 'arrow-' + c.cls, viewBox: '0 0 10 10', refX: 9, refY: 5,
      markerWidth: 12, markerHeight: 12, markerUnits: 'userSpaceOnUse', orient: 'auto' });
    m.append(svgEl('path', { d: 'M0,0 L10,5 L0,10 z', class: 'arrowhead ' + c.cls }));
    defs.append(m);
  }
  svg.append(defs);
  if (!graph.nodes.length) {
    svg.setAttribute('aria-label', 'No events between two known countries match these filters.');
    svg.append(svgEl('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', class: 'empty' },
      'No events between two known countries match these filters.'));
    box.replaceChildren(svg);
    return;
  }
  const pos = layout(graph, width, height);
  const maxTotal = Math.max(...graph.nodes.map((n) => n.out + n.in));
  const radius = new Map(graph.nodes.map((n) => [n.code, 15 + 13 * Math.sqrt((n.out + n.in) / maxTotal)]));
  const maxCount = Math.max(1, ...graph.edges.map((e) => e.count));
  const anySelected = selected.source.size || selected.target.size;
  const isSelected = (s, t) => (!selected.source.size || selected.source.has(s)) &&
    (!selected.target.size || selected.target.has(t));
  const edgeLayer = svgEl('g', { class: 'edges' });
  // Smaller edges first, so that the large ones are drawn over them.
  for (const e of [...graph.edges].reverse()) {
    const a = pos.get(e.s), b = pos.get(e.t);
    const dx = b.x - a.x, dy = b.y - a.y, d = Math.max(Math.hypot(dx, dy), 1);
    // Bend to the right of the direction: A->B and B->A stay apart.
    const cx = (a.x + b.x) / 2 - (dy / d) * d * 0.15, cy = (a.y + b.y) / 2 + (dx / d) * d * 0.15;
    const ex = b.x - cx, ey = b.y - cy, ed = Math.max(Math.hypot(ex, ey), 1);
    const r = radius.get(e.t) + 2;
    const end = { x: b.x - (ex / ed) * r, y: b.y - (ey / ed) * r };
    const cls = goldsteinClass(e.mean);
    const stroke = 1.5 + 6 * Math.sqrt(e.count / maxCount);
    const dim = anySelected && !isSelected(e.s, e.t);
    const p = svgEl('path', {
      d: `M${a.x.toFixed(1)},${a.y.toFixed(1)} Q${cx.toFixed(1)},${cy.toFixed(1)} ${end.x.toFixed(1)},${end.y.toFixed(1)}`,
      class: `edge ${cls}${dim ? ' dim' : ''}${anySelected && !dim ? ' selected' : ''}`,
      'stroke-width': stroke.toFixed(1), 'marker-end': `url(#arrow-${cls})`,
    });
    p.dataset.source = e.s;
    p.dataset.target = e.t;
    p.append(svgEl('title', {}, `${countryName(e.s)} → ${countryName(e.t)}: ${e.count} event${e.count === 1 ? '' : 's'}` +
      (e.mean != null ? `, mean Goldstein ${e.mean.toFixed(1)}` : '') + ' — click to filter'));
    p.addEventListener('click', () => onEdge(e.s, e.t));
    edgeLayer.append(p);
  }
  svg.append(edgeLayer);
  const nodeLayer = svgEl('g', { class: 'nodes' });
  for (const n of graph.nodes) {
    const { x, y } = pos.get(n.code);
    const on = selected.source.has(n.code) || selected.target.has(n.code);
    const g = svgEl('g', { class: 'node' + (on ? ' selected' : ''), transform: `translate(${x.toFixed(1)},${y.toFixed(1)})` });
    g.dataset.code = n.code;
    g.append(svgEl('title', {}, `${countryName(n.code)} (${n.code}): acts ${n.out}, acted on ${n.in}` +
      (n.self ? `, within ${n.self}` : '') + ' — click for what it did'));
    g.append(svgEl('circle', { r: radius.get(n.code).toFixed(1) }));
    g.append(svgEl('text', { 'text-anchor': 'middle', dy: '0.35em' }, n.code));
    g.addEventListener('click', () => onNode(n.code));
    nodeLayer.append(g);
  }
  svg.append(nodeLayer);
  const events = graph.edges.reduce((s, e) => s + e.count, 0);
  const top = graph.edges[0];
  svg.setAttribute('aria-label', `Network of ${graph.nodes.length} countries and ${graph.edges.length} dyads with ${events} events` +
    (top ? `; the largest, ${countryName(top.s)} to ${countryName(top.t)}, has ${top.count}.` : '.'));
  box.replaceChildren(svg);
}
