// The dashboard's speed against a running `vigil serve` (bench/server/README.md): the
// API's answers (median wall time of RUNS requests each, one at a time) and the page's
// load in Debian's chromium (navigation until the table, timeline, map and network are
// drawn; median of RUNS fresh pages). A benchmark: nothing is asserted.
//
//   node bench/server/dashboard_bench.mjs http://127.0.0.1:8080/ [RUNS]
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const [base, runsArg] = process.argv.slice(2);
if (!base) {
  console.error('usage: node dashboard_bench.mjs http://127.0.0.1:8080/ [RUNS]');
  process.exit(2);
}
const runs = Number(runsArg || 5);
const web = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const health = await (await fetch(base + 'api/health')).json();
console.log(`store: ${health.documents} documents, ${health.events} events (schema ${health.schema_version})`);

// What the page asks on load (the timeline asks once per QuadClass), then filtered questions.
const requests = [
  'health',
  'events?limit=50',
  'aggregate?group_by=week&quad=1&limit=1000',
  'aggregate?group_by=week&quad=3&limit=1000',
  'aggregate?group_by=source_country&limit=1000',
  'aggregate?group_by=dyad&limit=1000',
  'aggregate?group_by=root',
  'aggregate?group_by=month',
  'coalition?target_country=CHN&root=11&limit=200',
  'aggregate?group_by=source_country&target_country=USA&quad=3,4&from=1987-03-01&to=1987-05-31',
  'aggregate?group_by=dyad&root=11,12&from=1987-03-01&to=1987-05-31',
  'aggregate?group_by=week&target_country=CHN',
  'events?limit=50&target_country=CHN&root=11',
];
console.log('\n| request | median ms | rows |\n|---|---|---|');
for (const r of requests) {
  const times = [];
  let rows = '';
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const res = await fetch(base + 'api/' + r);
    const body = await res.json();
    times.push(performance.now() - t0);
    rows = [body.rows, body.events, body.coalition].find(Array.isArray)?.length ?? '';
  }
  console.log(`| \`/api/${r}\` | ${median(times).toFixed(0)} | ${rows} |`);
}

let chromium;
try {
  chromium = createRequire(path.join(web, 'package.json'))('playwright-core').chromium;
} catch {
  console.log('\nplaywright-core is not installed in web/node_modules: no page load times');
  process.exit(0);
}
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
console.log('\n| page (1280x800) | median ms to the table | to everything drawn |\n|---|---|---|');
for (const hash of ['', '#target_country=CHN', '#from=1987-03&to=1987-04&quad=4']) {
  const times = [], table = [];
  for (let i = 0; i < runs; i++) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const t0 = performance.now();
    await page.goto(base + hash);
    await page.waitForSelector('#events-body tr');
    table.push(performance.now() - t0);
    await page.waitForSelector('#timeline svg');
    await page.waitForSelector('#map svg, #map .error');
    await page.waitForSelector('#network svg');
    await page.waitForFunction(() => /in the store/.test(document.getElementById('health').textContent));
    times.push(performance.now() - t0);
    await page.close();
  }
  console.log(`| \`/${hash}\` | ${median(table).toFixed(0)} | ${median(times).toFixed(0)} |`);
}
await browser.close();
