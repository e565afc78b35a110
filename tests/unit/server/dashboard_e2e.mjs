// The dashboard in a real browser: Debian's chromium, headless, driven by playwright-core
// (web/package-lock.json, installed by scripts/install-deps). A store is made by
// `vigil ingest` from our own sentences and served by `vigil serve --port 0`; the test
// uses the page as a user does (filters, keyboard, document view, coalition, phone width)
// and checks that nothing is requested from anywhere but this server.
//
//   node dashboard_e2e.mjs VIGIL_BINARY WEB_DIR
// Exit 0 passed, 1 failed, 77 skipped (chromium or playwright-core missing, said why).
import { spawn, execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [vigil, webDir] = process.argv.slice(2);
const chromiumPath = '/usr/bin/chromium';
const skip = (why) => { console.log('SKIPPED: ' + why); process.exit(77); };
if (!fs.existsSync(chromiumPath)) skip(`${chromiumPath} is missing (Debian package chromium; scripts/install-deps installs it)`);
let chromium;
try {
  chromium = createRequire(path.resolve(webDir, 'package.json'))('playwright-core').chromium;
} catch {
  skip(`playwright-core is not installed in ${webDir}/node_modules (scripts/install-deps runs npm ci there)`);
}

const failures = [];
function check(ok, what) {
  console.log((ok ? 'ok    ' : 'FAIL  ') + what);
  if (!ok) failures.push(what);
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vigil-dashboard-'));
const docs = [
  { id: 'e2e-1', date: '2020-06-01', title: 'Canada and China', source: 'Test Wire',
    text: 'Canada condemned China on Monday over the arrests of journalists. "We will not stay silent," said Foreign Minister Francois-Philippe Champagne.' },
  { id: 'e2e-2', date: '2020-06-15', title: 'Security law', source: 'Test Wire',
    text: 'Australia criticised China for its new security law. Germany praised France for its leadership.' },
  { id: 'e2e-3', date: '2020-07-20', title: 'Kenya', source: 'Other Wire',
    text: 'Police in Kenya arrested dozens of protesters in Nairobi.' },
];
fs.writeFileSync(path.join(dir, 'docs.jsonl'), docs.map((d) => JSON.stringify(d)).join('\n') + '\n');
const db = path.join(dir, 'events.db');
execFileSync(vigil, ['ingest', '--db', db, path.join(dir, 'docs.jsonl')], { stdio: 'inherit' });

const server = spawn(vigil, ['serve', '--db', db, '--port', '0', '--web', webDir], { stdio: ['ignore', 'ignore', 'pipe'] });
let browser;
const done = async (code) => {
  if (browser) await browser.close().catch(() => {});
  server.kill('SIGINT');
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(code);
};
const timer = setTimeout(() => { console.log('FAIL  timed out'); done(1); }, 90000);

try {
  const base = await new Promise((resolve, reject) => {
    let err = '';
    server.stderr.on('data', (chunk) => {
      err += chunk;
      const m = err.match(/on (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (m) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error('vigil serve exited ' + code + ': ' + err)));
  });
  const total = (await (await fetch(base + 'api/events?limit=1')).json()).total;

  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // True when `fn` holds in the page within 10 s (then the exact check follows).
  const settle = (fn, arg) => page.waitForFunction(fn, arg, { timeout: 10000 }).then(() => true, () => false);
  // Resolves when no request of the page has been in flight for 300 ms.
  let inFlight = 0;
  page.on('request', () => { inFlight++; });
  page.on('requestfinished', () => { inFlight--; });
  page.on('requestfailed', () => { inFlight--; });
  const quiet = async () => {
    for (let still = 0; still < 6; await new Promise((r) => setTimeout(r, 50))) still = inFlight ? 0 : still + 1;
  };
  const elsewhere = [];
  const consoleErrors = [];
  page.on('request', (r) => { if (!r.url().startsWith(base)) elsewhere.push(r.url()); });
  // The 400s of the malformed filter below are expected; nothing else may fail.
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().includes('status of 400')) consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));

  await page.goto(base);
  await page.waitForSelector('#events-body tr');
  await page.waitForFunction(() => /documents/.test(document.getElementById('health').textContent));
  check((await page.textContent('#health')).startsWith('3 documents'), 'the header counts the store');
  check(await page.locator('#events-body tr').count() === total, `the table lists all ${total} events`);
  check(await page.locator('#events-body mark').count() === total, 'each event has its evidence highlighted');
  check(await page.locator('#timeline svg rect').count() >= 3, 'the timeline has bars');
  check(/1–\d+ of \d+/.test(await page.textContent('#page')), 'the pager says which rows are shown');

  // The map: the world's countries, those that act in the store coloured; the network: an
  // arrow per dyad between two countries. Both are checked against the API's own groups.
  const groups = async (key) => (await (await fetch(base + 'api/aggregate?group_by=' + key)).json()).rows;
  const sources = (await groups('source_country')).map((r) => r.source_country).filter(Boolean).sort();
  const dyads = (await groups('dyad')).filter((r) => r.source_country && r.target_country &&
    r.source_country !== r.target_country).map((r) => r.source_country + '>' + r.target_country).sort();
  await page.waitForSelector('#map svg path.country');
  check(await page.locator('#map path.country').count() > 150, "the map draws the world's countries");
  const coloured = (await page.locator('#map path.country.active').evaluateAll((ps) => ps.map((p) => p.dataset.code))).sort();
  check(sources.length >= 3 && JSON.stringify(coloured) === JSON.stringify(sources),
    `the map colours exactly the source countries (${coloured} vs ${sources})`);
  check(await page.locator('#map path.country.m0').count() > 100, 'countries without events stay grey');
  await page.waitForSelector('#network svg .node');
  const arrows = (await page.locator('#network .edge').evaluateAll((es) => es.map((e) => e.dataset.source + '>' + e.dataset.target))).sort();
  check(dyads.includes('CAN>CHN') && JSON.stringify(arrows) === JSON.stringify(dyads),
    `the network has an arrow per dyad (${arrows} vs ${dyads})`);
  const nodes = (await page.locator('#network .node').evaluateAll((ns) => ns.map((n) => n.dataset.code))).sort();
  check(JSON.stringify(nodes) === JSON.stringify([...new Set(dyads.flatMap((d) => d.split('>')))].sort()),
    'the network has a node per country of those dyads');

  // Clicking a country on the map filters by it; the table and the timeline follow.
  const timelineBefore = await page.getAttribute('#timeline svg', 'aria-label');
  await page.click('#map path[data-code=AUS]');
  await page.waitForFunction(() => location.hash.includes('source_country=AUS'));
  await page.waitForFunction(() => document.querySelectorAll('#events-body tr').length === 1);
  check(await page.inputValue('input[name=source_country]') === 'AUS', 'a click on Australia sets the source country');
  check((await page.locator('#events-body td[data-label=Source] .code').allTextContents()).every((t) => t.startsWith('AUS')),
    "the table keeps Australia's events");
  await page.waitForFunction((before) => document.querySelector('#timeline svg').getAttribute('aria-label') !== before, timelineBefore);
  check(true, 'the timeline follows the map');
  await page.waitForSelector('#map path[data-code=AUS].selected');
  check(await page.locator('#map path.country.active').count() === sources.length,
    'the map still shows the other countries to pick from');
  await page.click('#map path[data-code=AUS]');  // again: cleared
  await page.waitForFunction((n) => document.querySelectorAll('#events-body tr').length === n, total);
  check(await page.inputValue('input[name=source_country]') === '', 'a second click clears the filter');

  // An arrow of the network filters by its dyad; its button in the list, from the keyboard, clears it.
  await page.locator('#network .edge[data-source=CAN][data-target=CHN]').dispatchEvent('click');
  await page.waitForFunction(() => location.hash.includes('source_country=CAN') && location.hash.includes('target_country=CHN'));
  await page.waitForFunction(() => document.querySelectorAll('#events-body tr').length === 1);
  check(true, 'a click on the CAN → CHN arrow keeps that dyad');
  // The panels redraw when their answers arrive: wait (up to 10 s) for the state, then check it.
  check(await settle(() => document.querySelectorAll('#network .edge.selected').length === 1 &&
    document.querySelector('#network .edge.selected').dataset.source === 'CAN' &&
    document.querySelectorAll('#network .edge.dim').length === document.querySelectorAll('#network .edge').length - 1),
  'the network highlights that arrow and dims the others');
  const pressed = page.locator('#network-top button[aria-pressed=true]');
  check(await settle(() => [...document.querySelectorAll('#network-top button[aria-pressed=true]')]
    .map((b) => b.textContent).join('|').startsWith('CAN → CHN')) && await pressed.count() === 1,
  'the dyad list shows the pair pressed');
  await pressed.focus();
  check(await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle !== 'none'),
    'a focused button has a visible outline');
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('#events-body tr').length === n, total);
  check(await page.inputValue('input[name=target_country]') === '', 'Enter on the pressed pair clears the filter');
  // The map's list, from the keyboard: the busiest source country.
  await page.locator('#map-top button').first().focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('#map-top button[aria-pressed=true]'));
  check(sources.includes(await page.inputValue('input[name=source_country]')), "Enter on the map's list filters by that country");
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => document.querySelectorAll('#events-body tr').length === n, total);

  // Filters from the keyboard: a target country, Tab, a CAMEO code, Enter.
  const timelineAll = await page.getAttribute('#timeline svg', 'aria-label');
  await page.focus('input[name=target_country]');
  await page.keyboard.type('chn');
  await page.keyboard.press('Tab');  // to the CAMEO code
  await page.keyboard.type('11');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => location.hash.includes('target_country=chn'));
  await page.waitForFunction(() => document.querySelectorAll('#events-body tr').length === 2);
  const targets = await page.locator('#events-body td[data-label=Target] .code').allTextContents();
  check(targets.length === 2 && targets.every((t) => t.startsWith('CHN')), 'target_country=CHN, code 11 keep the two criticisms of China');
  await page.waitForFunction((before) => document.querySelector('#timeline svg').getAttribute('aria-label') !== before, timelineAll);
  check(/^2 dated events/.test(await page.getAttribute('#timeline svg', 'aria-label')), 'the timeline counts the two');

  // A malformed filter: the API's 400 message is shown and the field marked.
  await page.fill('input[name=from]', '2020-13');
  await page.press('input[name=from]', 'Enter');
  await page.waitForSelector('#error:not([hidden])');
  check((await page.textContent('#error')).includes("'from'"), "a bad date shows the API's error naming 'from'");
  check(await page.getAttribute('input[name=from]', 'aria-invalid') === 'true', 'the bad field is marked invalid');
  await page.fill('input[name=from]', '');
  await page.press('input[name=from]', 'Enter');
  await page.waitForSelector('#error', { state: 'hidden' });

  // Coalition: Canada first, then Australia.
  await settle(() => document.querySelectorAll('#coalition li').length === 2);
  const coalition = await page.locator('#coalition li').allTextContents();
  check(coalition.length === 2 && coalition[0].includes('CAN') && coalition[1].includes('AUS'),
    'the coalition panel lists Canada, then Australia');

  // The document view, opened and closed from the keyboard.
  await quiet();  // the table drawn by the last answer, not replaced under the focus
  const button = page.locator('#events-body .doc-link').first();
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('#document:not([hidden])');
  check((await page.textContent('#document-title')) === 'Canada and China', 'Enter on an event opens its document');
  check(await page.locator('#document-text mark.ev').count() >= 1, 'the document marks its events');
  check((await page.locator('#document-text .quote-mark').allTextContents()).join('') === 'We will not stay silent',
    'the document marks its quotation');
  check(await page.evaluate(() => document.activeElement.id) === 'document', 'focus moves to the document');
  await page.locator('#document-events button').first().click();
  check(await page.evaluate(() => document.activeElement.classList.contains('ev')), 'an event in the list jumps to its mark');
  await page.keyboard.press('Escape');
  check(await page.isHidden('#document'), 'Escape closes the document');

  // Phone width: no sideways scrolling, the table becomes cards.
  const phone = await browser.newPage({ viewport: { width: 390, height: 844 } });
  phone.on('request', (r) => { if (!r.url().startsWith(base)) elsewhere.push(r.url()); });
  await phone.goto(base);
  await phone.waitForSelector('#events-body tr');
  check(await phone.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
    'at 390 px nothing scrolls sideways');
  check(await phone.isHidden('thead'), 'at 390 px the table shows one card per event');
  await phone.waitForSelector('#network svg .node');
  await phone.waitForSelector('#map svg path');
  check(await phone.evaluate(() => document.querySelector('#map svg').getBoundingClientRect().width <= window.innerWidth &&
    document.querySelector('#network svg').getBoundingClientRect().width <= window.innerWidth), 'at 390 px the map and the network fit');

  check(elsewhere.length === 0, 'nothing is requested from elsewhere' + (elsewhere.length ? ': ' + elsewhere.join(', ') : ''));
  check(consoleErrors.length === 0, 'no errors in the console' + (consoleErrors.length ? ': ' + consoleErrors.join('; ') : ''));
} catch (e) {
  console.log('FAIL  ' + (e.stack || e));
  failures.push(String(e));
}
clearTimeout(timer);
console.log(failures.length ? `${failures.length} failed` : 'all passed');
await done(failures.length ? 1 : 0);
