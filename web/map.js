// vigil dashboard: the world map coloured by how many events each country has.
// Shapes: npm world-atlas (Natural Earth, 1:110m, keyed by ISO 3166-1 numeric codes),
// turned into GeoJSON by topojson-client and projected by d3-geo; all three are served by
// `vigil serve` from web/node_modules (scripts/install-deps). Codes: iso3166.js.
'use strict';

const SVG_NS = 'http://www.w3.org/2000/svg';
const MAP_W = 960, MAP_H = 440;
// Sequential blues (five classes) for 1+ events; countries without events stay grey.
const MAP_CLASSES = 5;

// An SVG element with attributes and optional text.
function svgEl(tag, attrs, text) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

// A country's (or a region's: vigil's region codes win, WST is "Western countries" and
// not Samoa) short name; the code itself when unknown.
function countryName(code) {
  if (typeof ISO_NAMES === 'undefined') return code;
  return REGIONS[code] || ISO_NAMES[code] || code;
}

let worldPromise = null;

// The countries' outlines as SVG path strings, each with its alpha-3 code (once per page).
function loadWorld() {
  if (worldPromise) return worldPromise;
  worldPromise = (async () => {
    if (typeof d3 === 'undefined' || !d3.geoPath || typeof topojson === 'undefined' ||
        typeof ISO_NUMERIC === 'undefined') {
      throw new Error('The map needs web/node_modules (d3-geo, topojson-client, world-atlas): ' +
        'run scripts/install-deps.');
    }
    const res = await fetch('node_modules/world-atlas/countries-110m.json');
    if (!res.ok) throw new Error('The map outlines are missing (' + res.status + '): run scripts/install-deps.');
    const topo = await res.json();
    const all = topojson.feature(topo, topo.objects.countries).features;
    const features = all.filter((f) => f.id !== '010');  // Antarctica: much ink, no news
    const projection = d3.geoNaturalEarth1()
      .fitExtent([[4, 4], [MAP_W - 4, MAP_H - 4]], { type: 'FeatureCollection', features });
    const path = d3.geoPath(projection);
    const code = (f) => (f.id ? ISO_NUMERIC[f.id] : UNCODED_SHAPES[f.properties.name]);
    return features.map((f) => ({
      code: REGIONS[code(f)] ? null : code(f),  // a region's events are not one country's
      name: f.properties.name,
      d: path(f),
    }));
  })();
  worldPromise.catch(() => { worldPromise = null; });
  return worldPromise;
}

// Upper bounds of the colour classes: logarithmic steps from 1 to max, rounded, distinct.
function mapBreaks(max) {
  const out = [];
  for (let i = 1; i <= MAP_CLASSES; i++) {
    const v = i === MAP_CLASSES ? max : Math.round(Math.pow(max, i / MAP_CLASSES));
    if (v >= 1 && (!out.length || v > out[out.length - 1])) out.push(v);
  }
  return out;
}

// The colour class (1..5) of `n` events; 0 for none.
function mapClass(n, breaks) {
  if (!n) return 0;
  const i = breaks.findIndex((b) => n <= b);
  // Fewer classes than five (a small max) use the darkest ones, so that 1 of 1 is dark.
  return MAP_CLASSES - breaks.length + 1 + (i < 0 ? breaks.length - 1 : i);
}

// Draws the map into `box`: `counts` maps alpha-3 -> events, `selected` is a Set of
// alpha-3 codes outlined, `role` words the tooltip, `onPick(code)` is called on a click.
function drawMap(box, world, counts, selected, role, onPick) {
  const max = Math.max(0, ...counts.values());
  const breaks = mapBreaks(max);
  const svg = svgEl('svg', { viewBox: `0 0 ${MAP_W} ${MAP_H}`, role: 'img', class: 'world' });
  const drawn = new Set();
  const onTop = [];
  for (const c of world) {
    const n = (c.code && counts.get(c.code)) || 0;
    const cls = 'country m' + mapClass(n, breaks) + (n ? ' active' : '') +
      (c.code && selected.has(c.code) ? ' selected' : '');
    const p = svgEl('path', { d: c.d, class: cls });
    if (c.code) {
      drawn.add(c.code);
      p.dataset.code = c.code;
      p.append(svgEl('title', {}, `${countryName(c.code)} (${c.code}): ${n} event${n === 1 ? '' : 's'} ${role}` +
        (n ? ' — click to filter' : '')));
      if (n) p.addEventListener('click', () => onPick(c.code));
    }
    if (c.code && selected.has(c.code)) onTop.push(p); else svg.append(p);
  }
  for (const p of onTop) svg.append(p);  // a selected outline is not hidden by a neighbour
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const missing = [...counts.keys()].filter((k) => !drawn.has(k));
  svg.setAttribute('aria-label', `World map: ${counts.size} countries with ${total} events ${role}` +
    (max ? `; the most, ${max}, in ${countryName([...counts].find(([, v]) => v === max)[0])}` : '') + '.');
  box.replaceChildren(svg);
  return { breaks, missing };
}

// The legend of the map's colour classes.
function mapLegend(list, breaks) {
  const items = [el('li', {}, 'events:'), el('li', {}, el('span', { class: 'swatch m0' }), 'none')];
  let low = 1;
  breaks.forEach((b, i) => {
    const cls = 'm' + (MAP_CLASSES - breaks.length + 1 + i);
    const f = (n) => n.toLocaleString('en');
    items.push(el('li', {}, el('span', { class: 'swatch ' + cls }), low === b ? f(b) : `${f(low)}–${f(b)}`));
    low = b + 1;
  });
  list.replaceChildren(...items);
}
