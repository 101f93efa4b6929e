// npm run bench: size, render time, heap, requests and layout shift of the
// widgets against Chart.js, in headless Debian Chromium on localhost. Not a
// test: it prints figures and ratios and writes the table into README.md.
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { cpus } from 'node:os';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import { ENTRIES, kB, measure } from './sizes.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const RUNS = 5;

// --- Chart.js bundles, built the way a site would ship them ---
mkdirSync(join(ROOT, 'bench/.out'), { recursive: true });
for (const [entry, format] of [['chartjs-line', 'iife'], ['chartjs-auto', 'iife']]) {
  const bundle = await rollup({ input: join(ROOT, `bench/${entry}.js`), plugins: [resolve({ browser: true }), terser()], logLevel: 'silent' });
  await bundle.write({ file: join(ROOT, `bench/.out/${entry}.js`), format });
}

// --- A static server for the repository, counting requests and delaying demo data ---
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.html': 'text/html', '.css': 'text/css', '.map': 'application/json', '.md': 'text/plain' };
const requests = new Map();
let delayData = 0;
const server = createServer(async (req, res) => {
  const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
  requests.set(path, (requests.get(path) ?? 0) + 1);
  const file = normalize(join(ROOT, path.endsWith('/') ? `${path}index.html` : path));
  if (!file.startsWith(ROOT) || !existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  if (delayData && path.startsWith('/demo/data/')) await new Promise((r) => setTimeout(r, delayData));
  res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-renderer-backgrounding', '--disable-background-timer-throttling'],
});

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Synthetic benchmark figures, never shown to a reader: deterministic so runs compare. */
const series = (i) => Array.from({ length: 10 }, (_, y) => 50 + ((i * 37 + y * 53) % 400));
const forces = (i) => Array.from({ length: 46 }, (_, f) => 20 + ((i * 31 + f * 97) % 800));

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Opens a fresh page, renders `count` charts, returns [ms to painted, heap bytes added]. */
async function renderRun(pageUrl, kind, count) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  await page.goto(`${origin}${pageUrl}`, { waitUntil: 'load' });
  if (pageUrl.includes('widgets')) await page.evaluate(() => customElements.whenDefined('cso-trend'));
  const cdp = await page.createCDPSession();
  const before = await heapUsed(cdp);
  const ms = await page.evaluate(
    async (kind, count, seriesSrc, forcesSrc) => {
      const series = new Function(`return ${seriesSrc}`)();
      const forces = new Function(`return ${forcesSrc}`)();
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const periods = Array.from({ length: 10 }, (_, y) => `${2010 + y}/${String(11 + y).padStart(2, '0')}`);
      const names = Array.from({ length: 46 }, (_, f) => `Force ${f + 1}`);
      const boxes = [];
      const t0 = performance.now();
      for (let i = 0; i < count; i++) {
        const box = document.createElement('div');
        box.style.cssText = 'width:480px';
        if (kind === 'cso-trend' || kind === 'cso-region-rank') {
          const el = document.createElement(kind);
          el.setAttribute('illustrative', '');
          if (kind === 'cso-trend') {
            el.setAttribute('area', `Benchmark force ${i}`);
            el.setAttribute('data-periods', periods.join(','));
            el.setAttribute('data-values', series(i).join(','));
          } else {
            el.setAttribute('period', '2019/20');
            el.setAttribute('data-areas', names.join(','));
            el.setAttribute('data-values', forces(i).join(','));
            el.setAttribute('highlight', 'Force 7');
          }
          box.append(el);
        } else {
          const canvas = document.createElement('canvas');
          canvas.width = 480;
          canvas.height = kind === 'chartjs-bar' ? 900 : 260;
          box.append(canvas);
        }
        document.body.append(box);
        boxes.push(box);
      }
      if (kind.startsWith('chartjs')) {
        boxes.forEach((box, i) => {
          const bar = kind === 'chartjs-bar';
          new window.Chart(box.firstChild, {
            type: bar ? 'bar' : 'line',
            data: bar
              ? { labels: names, datasets: [{ data: forces(i) }] }
              : { labels: periods, datasets: [{ data: series(i), fill: true }] },
            options: { animation: false, responsive: false, indexAxis: bar ? 'y' : 'x', plugins: { legend: { display: false } } },
          });
        });
      } else {
        // Painted: every chart on screen has its SVG (trend) or bars (ranking). Off-screen
        // charts draw when scrolled near (content-visibility); Chart.js draws all at once.
        const drawn = (el) => el.shadowRoot?.querySelector(kind === 'cso-trend' ? 'svg' : '.bars');
        const onScreen = (el) => el.getBoundingClientRect().top < innerHeight;
        const elements = boxes.map((b) => b.firstChild);
        // Which charts are on screen is known only once they have rendered and taken their height.
        await Promise.all(elements.map((el) => el.updateComplete));
        while (!elements.filter(onScreen).every(drawn)) await frame();
      }
      await frame();
      await frame();
      return performance.now() - t0;
    },
    kind,
    count,
    series.toString(),
    forces.toString(),
  );
  const after = await heapUsed(cdp);
  await page.close();
  return [ms, after - before];
}

async function compare(ours, theirs, count) {
  const mine = [];
  const other = [];
  for (let run = 0; run < RUNS; run++) {
    mine.push(await renderRun('/bench/widgets.html', ours, count));
    other.push(await renderRun('/bench/chartjs.html', theirs, count));
  }
  return {
    ms: [median(mine.map((r) => r[0])), median(other.map((r) => r[0]))],
    heap: [median(mine.map((r) => r[1])), median(other.map((r) => r[1]))],
  };
}

const trends = await compare('cso-trend', 'chartjs-line', 200);

const ranks = await compare('cso-region-rank', 'chartjs-bar', 20);

// One file for fifty widgets.
requests.clear();
{
  const page = await browser.newPage();
  await page.goto(`${origin}/bench/widgets.html`, { waitUntil: 'load' });
  await page.evaluate(async () => {
    await customElements.whenDefined('cso-trend');
    const elements = Array.from({ length: 50 }, () => {
      const el = document.createElement('cso-trend');
      el.setAttribute('src', '/data/figures-press.json');
      el.setAttribute('area', 'Kent');
      document.body.append(el);
      return el;
    });
    while (!elements.every((el) => el.status !== 'loading')) await new Promise((r) => setTimeout(r, 20));
  });
  await page.close();
}
const dataRequests = requests.get('/data/figures-press.json') ?? 0;

// Layout shift of the demo page while its figures load slowly.
delayData = 600;
let cls;
{
  const page = await browser.newPage();
  await page.setViewport({ width: 900, height: 1200 });
  await page.evaluateOnNewDocument(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => s.node?.nodeName + (s.node?.className ? `.${s.node.className}` : '')) });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(`${origin}/demo/index.html`, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 1000));
  cls = await page.evaluate(() => window.__shifts);
  await page.close();
}
delayData = 0;

// --- The table ---
const line = measure('bench/.out/chartjs-line.js');
const auto = measure('bench/.out/chartjs-auto.js');
const all = measure(ENTRIES['cso-widgets.js (all elements)']);
const ratio = (a, b) => `${(a / b).toFixed(2)}×`;
const rows = [
  ['measure', 'cso-widgets', 'Chart.js', 'ratio (ours / theirs)', 'target'],
  ['all elements, brotli (vs minimal line registration)', kB(all.brotli), kB(line.brotli), ratio(all.brotli, line.brotli), '≤ 20 kB'],
  ['all elements, brotli (vs chart.js/auto)', kB(all.brotli), kB(auto.brotli), ratio(all.brotli, auto.brotli), ''],
  ...Object.entries(ENTRIES).map(([name, file]) => {
    const s = measure(file);
    return [`${name}: min / gzip / brotli`, s ? `${kB(s.min)} / ${kB(s.gzip)} / ${kB(s.brotli)}` : 'n/a', '', '', name.startsWith('helpline') ? '≤ 8 kB brotli' : ''];
  }),
  ['Chart.js minimal line: min / gzip / brotli', '', `${kB(line.min)} / ${kB(line.gzip)} / ${kB(line.brotli)}`, '', ''],
  ['chart.js/auto: min / gzip / brotli', '', `${kB(auto.min)} / ${kB(auto.gzip)} / ${kB(auto.brotli)}`, '', ''],
  [`200 trend charts, 10 points: ms until the screen is painted (median of ${RUNS})`, trends.ms[0].toFixed(0), trends.ms[1].toFixed(0), ratio(trends.ms[0], trends.ms[1]), '≤ 0.20× (5× sooner)'],
  ['200 trend charts: JS heap added', kB(trends.heap[0]), kB(trends.heap[1]), ratio(trends.heap[0], trends.heap[1]), '≤ 0.20×'],
  [`20 rankings of 46 forces: ms until the screen is painted (median of ${RUNS})`, ranks.ms[0].toFixed(0), ranks.ms[1].toFixed(0), ratio(ranks.ms[0], ranks.ms[1]), '≤ 0.20×'],
  ['20 rankings: JS heap added', kB(ranks.heap[0]), kB(ranks.heap[1]), ratio(ranks.heap[0], ranks.heap[1]), '≤ 0.20×'],
  ['requests for 50 widgets on one JSON URL', String(dataRequests), '', '', '1'],
  ['layout shift (CLS) of demo/index.html, data 600 ms late', cls.reduce((s, e) => s + e.value, 0).toFixed(4), '', '', '0'],
];
const table = rows.map((r, i) => `| ${r.join(' | ')} |${i === 0 ? `\n|${r.map(() => '---').join('|')}|` : ''}`).join('\n');
const version = await browser.version();
await browser.close();
server.close();
const machine = `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0].model} (${cpus().length} cores), Node ${process.version}, ${version}.`;
console.log(`${table}\n\n${machine}`);
if (cls.length) console.log('\nLayout shifts:', JSON.stringify(cls));

const readmePath = join(ROOT, 'README.md');
const readme = readFileSync(readmePath, 'utf8');
const start = '<!-- bench:start -->';
const end = '<!-- bench:end -->';
if (readme.includes(start) && readme.includes(end)) {
  const updated = `${readme.slice(0, readme.indexOf(start) + start.length)}\n${table}\n\n${machine}\n${readme.slice(readme.indexOf(end))}`;
  writeFileSync(readmePath, updated);
}
