// npm run bench (after the build): bundle sizes, render time and JS heap
// against Chart.js, requests for a shared JSON file, and layout shift of the
// demo page, in headless Chromium on localhost. Not a test: it prints a table
// of figures and ratios and writes the same table into README.md between
// <!-- bench:start --> and <!-- bench:end -->.
//
// `--only=cls` (or `size`, `render`, `requests`; several with commas) runs
// just those sections and prints their rows. A partial run never writes
// README.md: its table is for full runs only.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import puppeteer from 'puppeteer-core';
import { ALL_ELEMENTS, ENTRIES, ROOT, measure, triple } from './sizes.mjs';
import { startServer } from './server.mjs';
import { recordLayoutShifts, renderCharts, resizeCharts } from './in-page.mjs';

const SECTIONS = ['size', 'render', 'requests', 'cls'];
const onlyArg = process.argv.slice(2).find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',').map((x) => x.trim()).filter(Boolean) : SECTIONS;
const unknown = only.filter((x) => !SECTIONS.includes(x));
if (unknown.length || !only.length) {
  console.error(`Unknown section ${unknown.join(', ') || '(none)'}: use --only=${SECTIONS.join('|')} (several with commas)`);
  process.exit(2);
}
const runs = (section) => only.includes(section);
const fullRun = SECTIONS.every(runs);

const RUNS = 5;
// An element that has not drawn this long after the previous one drew is taken as never drawing.
const STALL_MS = 3000;
const VIEWPORT = { width: 1200, height: 900, deviceScaleFactor: 1 };

// ---------------------------------------------------------------------------
// 1. Chart.js bundles, built now with the same rollup, resolver and terser
//    settings as our own build (rollup.config.mjs), so the comparison is of
//    code, not of tooling.
// ---------------------------------------------------------------------------
const OUT = join(ROOT, 'bench/.out');
mkdirSync(OUT, { recursive: true });
const chartjs = {};
for (const name of runs('size') ? ['chartjs-line', 'chartjs-auto'] : []) {
  const bundle = await rollup({
    input: join(ROOT, `bench/${name}.js`),
    plugins: [resolve({ browser: true }), terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } })],
  });
  await bundle.write({ file: join(OUT, `${name}.js`), format: 'es' });
  await bundle.close();
  chartjs[name] = measure(`bench/.out/${name}.js`);
}

// Our bundles, as `npm run build` just wrote them.
const ours = Object.fromEntries([ALL_ELEMENTS, ...ENTRIES].map(([, file]) => [file, measure(file)]));
for (const file of ['dist/cso-widgets.js', 'dist/cso-trend.js', 'dist/helpline-box.js']) {
  if (!ours[file]) throw new Error(`${file} is missing: npm run build first`);
}

// ---------------------------------------------------------------------------
// Synthetic benchmark figures, never shown to readers: the pages they go into
// exist only in this headless browser. Seeded (mulberry32), so every run and
// every machine draws the same charts and the figures compare.
// ---------------------------------------------------------------------------
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const PERIODS = Array.from({ length: 10 }, (_, y) => `${2010 + y}/${String(11 + y).padStart(2, '0')}`);
const FORCES = Array.from({ length: 46 }, (_, f) => `Force ${f + 1}`);
/** 200 trends of 10 yearly figures: a start between 40 and 240, then -20%..+40% a year. */
const trendData = {
  labels: PERIODS,
  series: Array.from({ length: 200 }, (_, i) => {
    const rand = seeded(1000 + i);
    let value = 40 + Math.floor(rand() * 200);
    return PERIODS.map(() => (value = Math.round(value * (0.8 + rand() * 0.6))));
  }),
};
/**
 * Rankings of 46 forces, figures between 20 and 820: 200 of them, the issue's
 * count ("same for 46-force rankings" as for the 200 trends), and 20, a
 * shorter page, where what every element costs before it draws weighs more.
 */
const rankData = (count) => ({
  labels: FORCES,
  series: Array.from({ length: count }, (_, i) => {
    const rand = seeded(5000 + i);
    return FORCES.map(() => 20 + Math.floor(rand() * 800));
  }),
});

// ---------------------------------------------------------------------------
// Server and browser.
// ---------------------------------------------------------------------------
const server = await startServer(ROOT);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-renderer-backgrounding',
    '--disable-background-timer-throttling',
    '--js-flags=--expose-gc',
  ],
});
// Script errors in any page are printed at the end: a chart that threw is not a fast chart.
const pageErrors = new Set();

async function openPage(path, { context = browser, viewport = VIEWPORT } = {}) {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.add(`${path}: ${error.message}`));
  await page.setViewport(viewport);
  return page;
}

/** Used JS heap after two full collections, in bytes. */
async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** Whether the all-elements bundle defines <cso-region-rank> (it may not be written yet). */
async function rankDefined() {
  const page = await openPage('/bench/widgets.html');
  await page.goto(`${server.origin}/bench/widgets.html`, { waitUntil: 'load' });
  const defined = await page.evaluate(() => customElements.get('cso-region-rank') !== undefined);
  await page.close();
  return defined;
}

// ---------------------------------------------------------------------------
// 2. Render time and heap: one fresh page per run, ours and Chart.js taking
//    turns so that any drift of the machine falls on both.
// ---------------------------------------------------------------------------
async function renderRun(kind, data, { drawAll = false } = {}) {
  const path = kind.startsWith('chartjs') ? '/bench/chartjs.html' : '/bench/widgets.html';
  const page = await openPage(path);
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction((k) => (k.startsWith('chartjs') ? 'Chart' in window : customElements.get(k) !== undefined), { timeout: 10000 }, kind);
  // The figures go in before the first heap reading: both sides hold the same arrays.
  await page.evaluate((d) => (window.__benchData = d), data);
  const cdp = await page.createCDPSession();
  const before = await heapUsed(cdp);
  const result = await page.evaluate(renderCharts, { kind, stallMs: STALL_MS, drawAll });
  const after = await heapUsed(cdp);
  // Line charts only: a ranking's bars are sized by CSS and have nothing to redraw.
  const resize = kind === 'cso-trend' || kind === 'chartjs-line' ? await page.evaluate(resizeCharts, { kind, width: 360, stallMs: STALL_MS }) : undefined;
  await page.close();
  return { ...result, heap: after - before, resize };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Three ways, taking turns: ours as shipped (a chart off screen is skipped
 * until a reader scrolls near it), ours with that skipping turned off by the
 * page (every chart drawn at once, to show what the skipping saves), and
 * Chart.js, which draws every chart at once.
 */
async function compare(ourKind, theirKind, data) {
  const mine = [];
  const mineAll = [];
  const theirs = [];
  for (let run = 0; run < RUNS; run++) {
    mine.push(await renderRun(ourKind, data));
    mineAll.push(await renderRun(ourKind, data, { drawAll: true }));
    theirs.push(await renderRun(theirKind, data));
  }
  const summary = (runs) => ({
    count: runs[0].count,
    // Runs may differ in how many charts drew; report the range.
    drawnMin: Math.min(...runs.map((r) => r.drawn)),
    drawnMax: Math.max(...runs.map((r) => r.drawn)),
    ms: median(runs.map((r) => r.ms)),
    heap: median(runs.map((r) => r.heap)),
    resize: runs[0].resize && { ms: median(runs.map((r) => r.resize.ms)), redrawn: Math.min(...runs.map((r) => r.resize.redrawn)), of: runs[0].resize.of },
  });
  return { ours: summary(mine), oursAll: summary(mineAll), theirs: summary(theirs) };
}

const trends = runs('render') ? await compare('cso-trend', 'chartjs-line', trendData) : undefined;
const rankingsDefined = runs('render') && (await rankDefined());
const ranks200 = rankingsDefined ? await compare('cso-region-rank', 'chartjs-bar', rankData(200)) : undefined;
const ranks20 = rankingsDefined ? await compare('cso-region-rank', 'chartjs-bar', rankData(20)) : undefined;

// ---------------------------------------------------------------------------
// 3. Fifty widgets on one JSON URL. The server sends no-store, so the browser
//    cannot answer repeats from its HTTP cache: one request means the widgets
//    shared it.
// ---------------------------------------------------------------------------
const SHARED_URL = '/data/figures-press.json';
const shared = !runs('requests') ? undefined : await (async () => {
  const page = await openPage('/bench/widgets.html');
  await page.goto(`${server.origin}/bench/widgets.html`, { waitUntil: 'load' });
  server.requests.delete(SHARED_URL);
  const statuses = await page.evaluate(async (url) => {
    await customElements.whenDefined('cso-trend');
    document.body.insertAdjacentHTML('beforeend', `<cso-trend src="${url}" area="Kent"></cso-trend>`.repeat(50));
    const elements = [...document.querySelectorAll('cso-trend')];
    const deadline = performance.now() + 15000;
    while (elements.some((el) => el.status === 'loading') && performance.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    return elements.map((el) => el.status);
  }, SHARED_URL);
  await page.close();
  return { requests: server.requests.get(SHARED_URL) ?? 0, ready: statuses.filter((s) => s === 'ready').length, total: statuses.length };
})();

// ---------------------------------------------------------------------------
// 4. Layout shift of the demo page while its figures arrive 600 ms late.
//    Whether the page moves depends on whether its first paint comes before
//    the script has upgraded the elements, which varies from load to load:
//    so several loads, each a first visit in a fresh browser context, and the
//    worst is what counts. Two window shapes, because a shift below the fold
//    of one is on screen in the other.
// ---------------------------------------------------------------------------
const DATA_DELAY_MS = 600;
const CLS_RUNS = 5;
const CLS_VIEWPORTS = [VIEWPORT, { width: 900, height: 1200, deviceScaleFactor: 1 }];
async function layoutShiftRun(viewport) {
  const context = await browser.createBrowserContext();
  const page = await openPage('/demo/index.html', { context, viewport });
  await page.evaluateOnNewDocument(recordLayoutShifts);
  await page.goto(`${server.origin}/demo/index.html`, { waitUntil: 'networkidle0' });
  await new Promise((r) => setTimeout(r, 1000));
  const shifts = await page.evaluate(() => window.__shifts);
  await context.close();
  return { cls: shifts.reduce((sum, s) => sum + s.value, 0), shifts };
}
server.delays.set('/demo/data/', DATA_DELAY_MS);
const layout = [];
for (const viewport of runs('cls') ? CLS_VIEWPORTS : []) {
  const runs = [];
  for (let run = 0; run < CLS_RUNS; run++) runs.push(await layoutShiftRun(viewport));
  const worst = runs.reduce((a, b) => (b.cls > a.cls ? b : a));
  layout.push({ viewport, worst, median: median(runs.map((r) => r.cls)), shifted: runs.filter((r) => r.shifts.length).length });
}
server.delays.clear();

const browserVersion = await browser.version();
await browser.close();
await server.close();

// ---------------------------------------------------------------------------
// The table.
// ---------------------------------------------------------------------------
const verdict = (met) => (met ? 'met' : 'not met');
const sizeRow = (label, s, theirLabel, t, target = '—') => [
  `${label} vs ${theirLabel}: min / gzip / brotli bytes`,
  triple(s),
  triple(t),
  s ? `${(s.brotli / t.brotli).toFixed(2)}× (brotli)` : 'n/a',
  target,
];

function renderRows(what, r) {
  if (!r) {
    return [
      [`${what}: ms until the charts on screen have drawn`, 'n/a (cso-region-rank not defined)', 'n/a', 'n/a', '≥ 5× sooner'],
      [`${what}: JS heap added`, 'n/a', 'n/a', 'n/a', '≤ 0.20×'],
    ];
  }
  const { ours: o, oursAll: a, theirs: t } = r;
  const drewCell = (s) => (s.drawnMin === s.drawnMax ? `${s.drawnMin} of ${s.count}` : `${s.drawnMin}–${s.drawnMax} of ${s.count}`);
  const kb = (n) => `${Math.round(n / 1024).toLocaleString('en-GB')} KiB`;
  const allDrew = (s) => s.drawnMin === s.count;
  const sooner = t.ms / o.ms;
  const heapRatio = o.heap / t.heap;
  const allCell = allDrew(a) ? a.ms.toFixed(0) : `${a.ms.toFixed(0)} (only ${drewCell(a)} drew)`;
  return [
    [`${what}: charts drawn without scrolling (a page ${VIEWPORT.width}×${VIEWPORT.height})`, drewCell(o), drewCell(t), '', ''],
    [
      // What a reader sees painted. Ours draws what is on screen; the rest draw as they are scrolled near
      // (the issue allows it). Chart.js paints its first chart only when it has drawn them all.
      `${what}: ms until the charts on screen are painted (drawn + 2 frames; median of ${RUNS})`,
      `${o.ms.toFixed(0)} (${drewCell(o)} drawn${allDrew(o) ? '' : '; the rest on scroll'})`,
      `${t.ms.toFixed(0)} (all ${t.count})`,
      `${sooner.toFixed(2)}× sooner`,
      `≥ 5× sooner: ${verdict(sooner >= 5)}`,
    ],
    [
      `${what}: ms until every chart has drawn, off-screen skipping turned off by the page — what the skipping saves`,
      allCell,
      t.ms.toFixed(0),
      `${(t.ms / a.ms).toFixed(2)}× sooner; skipping: ${(a.ms / o.ms).toFixed(2)}× sooner than drawing all`,
      '—',
    ],
    ...(o.resize
      ? [
          [
            `${what}: ms until redrawn after every box narrows 480→360 px (+ 2 frames; median of ${RUNS}); skipping off: ${a.resize.ms.toFixed(0)} ms for ${a.resize.redrawn} of ${a.resize.of}`,
            `${o.resize.ms.toFixed(0)} (${o.resize.redrawn} of ${o.resize.of} drawn charts)`,
            `${t.resize.ms.toFixed(0)} (${t.resize.redrawn} of ${t.resize.of})`,
            `${(t.resize.ms / o.resize.ms).toFixed(2)}× sooner; skipping off: ${(t.resize.ms / a.resize.ms).toFixed(2)}×`,
            '—',
          ],
        ]
      : []),
    [
      `${what}: JS heap added, after GC (median of ${RUNS}); all drawn: ${kb(a.heap)} (${(a.heap / t.heap).toFixed(2)}×)`,
      kb(o.heap),
      kb(t.heap),
      `${heapRatio.toFixed(2)}×`,
      `≤ 0.20×: ${verdict(heapRatio <= 0.2)}`,
    ],
  ];
}

const all = ours['dist/cso-widgets.js'];
const helpline = ours['dist/helpline-box.js'];
const rows = [
  ['measure', 'cso-widgets', 'Chart.js', 'ratio', 'target'],
  ...(runs('size')
    ? [
        sizeRow('All elements, dist/cso-widgets.js', all, 'chart.js/auto', chartjs['chartjs-auto'], `≤ 20,000 B brotli: ${verdict(all.brotli <= 20000)}`),
        sizeRow('All elements, dist/cso-widgets.js', all, 'minimal line chart', chartjs['chartjs-line']),
        sizeRow('cso-trend.js + chunks', ours['dist/cso-trend.js'], 'minimal line chart', chartjs['chartjs-line']),
        sizeRow('cso-region-rank.js + chunks', ours['dist/cso-region-rank.js'], 'chart.js/auto', chartjs['chartjs-auto']),
        ['helpline-box.js + chunks: min / gzip / brotli bytes', triple(helpline), '—', '—', `≤ 8,000 B brotli: ${verdict(helpline.brotli <= 8000)}`],
      ]
    : []),
  ...(runs('render') ? [...renderRows('200 trend charts, 10 points', trends), ...renderRows('200 rankings of 46 forces', ranks200), ...renderRows('20 rankings of 46 forces', ranks20)] : []),
  ...(shared
    ? [[`50 \`<cso-trend>\` on one JSON URL: requests for it (${shared.ready} of ${shared.total} ready)`, String(shared.requests), '—', '—', `1: ${verdict(shared.requests === 1)}`]]
    : []),
  ...layout.map(({ viewport, worst, median: mid, shifted }) => [
    `Layout shift (CLS) of demo/index.html at ${viewport.width}×${viewport.height}, JSON ${DATA_DELAY_MS} ms late: worst of ${CLS_RUNS} first visits`,
    `${worst.cls.toFixed(4)} (median ${mid.toFixed(4)}; ${shifted} of ${CLS_RUNS} loads shifted)`,
    '—',
    '—',
    `0: ${verdict(worst.cls === 0)}`,
  ]),
];
const table = rows.map((cells, i) => `| ${cells.join(' | ')} |${i === 0 ? `\n|${cells.map(() => '---').join('|')}|` : ''}`).join('\n');
const machine = `Measured ${new Date().toISOString().slice(0, 10)} on ${cpus()[0].model} (${cpus().length} cores), Node ${process.version}, ${browserVersion} (headless), viewport ${VIEWPORT.width}×${VIEWPORT.height} unless stated.`;

console.log(`\n${table}\n\n${machine}`);
for (const { viewport, worst } of layout) {
  if (!worst.shifts.length) continue;
  console.log(`\nLayout shifts of the worst load of demo/index.html at ${viewport.width}×${viewport.height} (ms after navigation, score; what moved: previous → current rect, 0×0 = moved out of view):`);
  for (const s of worst.shifts) console.log(`- at ${s.at} ms, ${s.value.toFixed(4)}:\n${s.sources.map((src) => `    ${src}`).join('\n') || '    (no sources reported)'}`);
}
if (pageErrors.size) console.log(`\nScript errors in the pages:\n${[...pageErrors].map((e) => `- ${e}`).join('\n')}`);

// README: read, replace the region, write, in one go at the very end; only a full run's table goes there.
if (!fullRun) {
  console.log(`\nPartial run (--only=${only.join(',')}): README.md not updated.`);
  process.exit(0);
}
const readmePath = join(ROOT, 'README.md');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
const readme = existsSync(readmePath) ? readFileSync(readmePath, 'utf8') : '';
const from = readme.indexOf(START);
const to = readme.indexOf(END);
if (from === -1 || to < from) {
  console.log(`\nREADME.md not updated: no ${START} … ${END} region.`);
} else {
  writeFileSync(readmePath, `${readme.slice(0, from + START.length)}\n${table}\n\n${machine}\n${readme.slice(to)}`);
  console.log('\nREADME.md benchmark table updated.');
}
