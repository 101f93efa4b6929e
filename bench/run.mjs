// npm run bench (after the build): bundle sizes; the same charts drawn by
// cso-widgets, Chart.js (responsive off and on), uPlot and Observable Plot
// (trends only), lazily and eagerly, timed from navigation start and from
// chart creation, with heap (V8 + Blink) and DOM nodes per chart; one chart of 10,000 points; rankings
// against Chart.js's bars; requests for a shared JSON file; layout shift of
// the demo page. In headless Chromium on localhost. Not a test: it prints
// tables and writes them into README.md between <!-- bench:start --> and
// <!-- bench:end -->.
//
// `--only=trend` (or `size`, `long`, `rank`, `requests`, `cls`; several with
// commas) runs just those sections. A partial run never writes README.md.
// `--runs=N` changes how many page loads each figure is the median of.
//
// The machine is shared: run it as `flock /tmp/cso-browser.lock npm run bench`.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import commonjs from '@rollup/plugin-commonjs';
import puppeteer from 'puppeteer-core';
import { ALL_ELEMENTS, BUDGETS, ENTRIES, ROOT, measure, measureFiles, triple } from './sizes.mjs';
import { startServer } from './server.mjs';
import { ENGINE_LABELS, measureLayoutShift } from './layout-shift.mjs';
import { CHROMIUM_ARGS, selectedEngines } from '../tests/engines/engines.mjs';

const SECTIONS = ['size', 'trend', 'long', 'rank', 'requests', 'cls'];
const args = process.argv.slice(2);
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = onlyArg ? onlyArg.slice('--only='.length).split(',').map((x) => x.trim()).filter(Boolean) : SECTIONS;
const unknown = only.filter((x) => !SECTIONS.includes(x));
if (unknown.length || !only.length) {
  console.error(`Unknown section ${unknown.join(', ') || '(none)'}: use --only=${SECTIONS.join('|')} (several with commas)`);
  process.exit(2);
}
const runs = (section) => only.includes(section);
const fullRun = SECTIONS.every(runs);
const runsArg = args.find((a) => a.startsWith('--runs='));
const RUNS = runsArg ? Math.max(1, Number(runsArg.slice('--runs='.length)) | 0) : 3;
const VIEWPORT = { width: 1200, height: 900, deviceScaleFactor: 1 };
const COUNTS = [1, 20, 200];
// Issue 19 asks for 10,000: the most the data contract reads (src/data/parse.ts MAX_ROWS).
const LONG_POINTS = 10000;

// ---------------------------------------------------------------------------
// 1. The peers' bundles, built now with the same rollup, resolver and terser
//    settings as our own build (rollup.config.mjs), so the comparison is of
//    code, not of tooling. Each page loads one library, then bench/driver.js.
// ---------------------------------------------------------------------------
const OUT = join(ROOT, 'bench/.out');
mkdirSync(OUT, { recursive: true });
const peers = {};
for (const name of ['chartjs-line', 'chartjs-bar', 'chartjs-auto', 'uplot', 'plot']) {
  // Plot's bundle takes the longest to build (about 12 s here) and only the size and trend sections use it.
  if (name === 'plot' && !runs('size') && !runs('trend')) continue;
  // Plot imports one CommonJS package (interval-tree-1d, for its dodge
  // transform): converted as Plot's own build does, then tree-shaken away.
  const cjs = name === 'plot' ? [commonjs()] : [];
  const bundle = await rollup({
    input: join(ROOT, `bench/${name}.js`),
    plugins: [resolve({ browser: true }), ...cjs, terser({ ecma: 2022, module: true, compress: { passes: 3 }, format: { comments: false } })],
  });
  await bundle.write({ file: join(OUT, `${name}.js`), format: 'es' });
  await bundle.close();
  peers[name] = measure(`bench/.out/${name}.js`);
}
// uPlot's stylesheet is part of what a page loads for it.
const uplotCss = 'node_modules/uplot/dist/uPlot.min.css';
peers.uplot = measureFiles(['bench/.out/uplot.js', uplotCss]);

/** One page per library: its script (and stylesheet), then the driver. */
const PAGES = {
  ours: ['/dist/cso-widgets.js'],
  'chartjs-trend': ['/bench/.out/chartjs-line.js'],
  'chartjs-rank': ['/bench/.out/chartjs-bar.js'],
  uplot: ['/bench/.out/uplot.js', `/${uplotCss}`],
  plot: ['/bench/.out/plot.js'],
};
for (const [name, files] of Object.entries(PAGES)) {
  const head = files.map((f) => (f.endsWith('.css') ? `<link rel="stylesheet" href="${f}">` : `<script type="module" src="${f}"></script>`)).join('\n');
  writeFileSync(
    join(OUT, `page-${name}.html`),
    `<!doctype html>\n<html lang="en-GB">\n<head><meta charset="utf-8"><title>bench: ${name}</title>\n<!-- Written by bench/run.mjs. -->\n${head}\n<script type="module" src="/bench/driver.js"></script></head>\n<body></body>\n</html>\n`,
  );
}

// Our bundles, as `npm run build` just wrote them.
const ours = Object.fromEntries([ALL_ELEMENTS, ...ENTRIES].map(([, file]) => [file, measure(file)]));
for (const file of ['dist/cso-widgets.js', 'dist/cso-trend.js', 'dist/helpline-box.js']) {
  if (!ours[file]) throw new Error(`${file} is missing: npm run build first`);
}

// ---------------------------------------------------------------------------
// Server and browser.
// ---------------------------------------------------------------------------
const server = await startServer(ROOT);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  // The tests' Chromium flags (no calling home, background tabs not throttled), plus gc() for heap readings.
  args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
});
// Script errors in any page are printed at the end: a chart that threw is not a fast chart.
const pageErrors = new Set();
// Requests that left localhost, from any page (a library fetching fonts, say): the bench's pages should make none.
const offsiteRequests = new Set();

async function openPage(path, { context = browser, viewport = VIEWPORT } = {}) {
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.add(`${path}: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (/^(https?|wss?):/.test(url) && !url.startsWith(`${server.origin}/`)) offsiteRequests.add(`${path}: ${url}`);
  });
  await page.setViewport(viewport);
  return page;
}

/**
 * Heap in use after two full collections: V8's (script objects) and Blink's
 * (embedderHeapUsedSize: DOM nodes, styles, canvases' objects; not canvas
 * pixel buffers, which neither heap holds).
 */
async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  return { v8: usage.usedSize, blink: usage.embedderHeapUsedSize ?? Number.NaN };
}

/** Seconds spent loading each library's pages, printed at the end: what each peer adds to the bench's run time. */
const loadSeconds = new Map();

/**
 * One fresh page: navigates to the library's page with the driver's
 * parameters, waits for the driver's result, then reads the heap.
 */
async function load({ lib, kind = 'trend', ...rest }) {
  const started = performance.now();
  const pageName = lib === 'chartjs' ? `chartjs-${kind}` : lib;
  const query = new URLSearchParams({ lib, kind, ...Object.fromEntries(Object.entries(rest).map(([k, v]) => [k, String(v)])) });
  const path = `/bench/.out/page-${pageName}.html?${query}`;
  const page = await openPage(path);
  const cdp = await page.createCDPSession();
  await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__bench !== undefined, { timeout: 60000, polling: 50 });
  const result = await page.evaluate(() => window.__bench);
  if (result.error) throw new Error(`${path}: ${result.error}`);
  const heap = await heapUsed(cdp);
  await page.close();
  loadSeconds.set(lib, (loadSeconds.get(lib) ?? 0) + (performance.now() - started) / 1000);
  return { ...result, heap };
}

const median = (values) => {
  const sorted = values.filter((v) => v !== null && !Number.isNaN(v)).sort((a, b) => a - b);
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The medians of several loads of one configuration, its heap less the same page with no chart. */
function summarise(loads, baseline) {
  const base = { v8: median(baseline.map((b) => b.heap.v8)), blink: median(baseline.map((b) => b.heap.blink)) };
  const v8 = median(loads.map((l) => l.heap.v8)) - base.v8;
  const blink = median(loads.map((l) => l.heap.blink)) - base.blink;
  const drew = loads.map((l) => l.drawnWhenPainted);
  return {
    complete: loads.every((l) => l.complete),
    drawnMin: Math.min(...drew),
    drawnMax: Math.max(...drew),
    onScreen: loads[0].onScreen,
    fromNavigation: median(loads.map((l) => l.fromNavigation)),
    fromCreation: median(loads.map((l) => l.fromCreation)),
    scriptReady: median(loads.map((l) => l.scriptReady)),
    heap: { v8, blink, total: v8 + blink },
    nodesDrawn: median(loads.map((l) => l.nodesDrawn)),
    nodesUndrawn: median(loads.map((l) => l.nodesUndrawn)),
    nodesHelpline: median(loads.map((l) => l.nodesHelpline)),
  };
}

/**
 * The box every library's chart goes in is as tall as our element (measured
 * here), so the same charts are on screen for all; and the lazy peers'
 * IntersectionObserver reaches as far below the screen as the browser goes
 * in drawing ours (content-visibility: auto), so lazily all draw the same
 * charts. Both measured, not assumed.
 */
async function calibrate(kind) {
  const one = await load({ lib: 'ours', kind, mode: 'eager', n: 1 });
  const box = Math.ceil(one.heightOfFirst);
  const lazy = await load({ lib: 'ours', kind, mode: 'lazy', n: 200, box });
  const top = 8; // the body's default margin
  const margin = Math.max(0, Math.round(top + (lazy.drawnAtEnd - 0.5) * box - VIEWPORT.height));
  return { box, margin, oursDrawnLazily: lazy.drawnAtEnd };
}

/**
 * Every configuration RUNS times, taking turns (each round loads every
 * library at every count and mode), so any drift of the shared machine falls
 * on all alike. Returns results[peer][n][mode] summarised.
 */
async function compare(kind, peerList, counts, extra) {
  const raw = {};
  const baselines = {};
  for (let run = 0; run < RUNS; run++) {
    for (const peer of peerList) {
      const page = peer.lib === 'chartjs' ? 'chartjs' : peer.lib;
      (baselines[page] ??= []).push(await load({ lib: peer.lib, kind, n: 0 }));
    }
    for (const n of counts) {
      for (const mode of ['lazy', 'eager']) {
        for (const peer of peerList) {
          const { key, label: _label, ...params } = peer;
          const loadResult = await load({ ...params, kind, mode, n, ...extra });
          (((raw[key] ??= {})[n] ??= {})[mode] ??= []).push(loadResult);
        }
      }
    }
  }
  const out = {};
  for (const peer of peerList) {
    const page = peer.lib === 'chartjs' ? 'chartjs' : peer.lib;
    for (const n of counts) {
      for (const mode of ['lazy', 'eager']) ((out[peer.key] ??= {})[n] ??= {})[mode] = summarise(raw[peer.key][n][mode], baselines[page]);
    }
  }
  return out;
}

const TREND_PEERS = [
  { key: 'ours', label: 'cso-widgets', lib: 'ours' },
  { key: 'chartjs', label: 'Chart.js, responsive: false', lib: 'chartjs', responsive: 0 },
  { key: 'chartjsResponsive', label: 'Chart.js, responsive: true', lib: 'chartjs', responsive: 1 },
  { key: 'uplot', label: 'uPlot', lib: 'uplot' },
  { key: 'plot', label: 'Observable Plot', lib: 'plot' },
  // Not a peer: what the issue's goals ask of any chart that keeps a reader's words (bench/driver.js, words=1).
  { key: 'floor', label: 'a floor: uPlot + our chart\'s words as plain HTML', lib: 'uplot', words: 1 },
];
/** The libraries a page picks from, which the goals compare against; not the floor. */
const isPeer = (p) => p.key !== 'floor';
const RANK_PEERS = TREND_PEERS.slice(0, 3);
/** What each library draws in its box, the same lazily and eagerly: the table's notes say it. */
const DRAWS = {
  ours: '`<cso-trend>` as shipped: headline, title, SVG chart, source line, table disclosure, helpline strip',
  chartjs: 'one 480 × 260 canvas: line, points, fill, both axes with grid',
  chartjsResponsive: 'the same canvas, sized to a 480 × 260 positioned box by a ResizeObserver',
  uplot: 'one 480 × 260 canvas (and its stylesheet): line, points, fill, both axes with grid',
  plot: 'one 480 × 260 SVG per chart (`Plot.plot`, its own `<style>` in each): line, dots, area, both axes (every second period labelled), y grid; no title (the canvas peers draw none)',
  floor:
    "uPlot's canvas, and around it the words our chart shows and says, as plain HTML (no custom element, no shadow root; one page stylesheet; each chart one cloned fragment): the illustrative label, force, headline, spoken summary, table disclosure, source line and button, helpline strip with its two links. What any chart that keeps everything a reader gets pays at least",
};

// ---------------------------------------------------------------------------
// 2. Trends of 10 yearly figures, 1, 20 and 200 to a page.
// ---------------------------------------------------------------------------
const trendLayout = runs('trend') ? await calibrate('trend') : undefined;
const trends = trendLayout ? await compare('trend', TREND_PEERS, COUNTS, { box: trendLayout.box, margin: trendLayout.margin }) : undefined;

// ---------------------------------------------------------------------------
// 3. One trend of 10,000 figures, drawn at once.
// ---------------------------------------------------------------------------
let long;
if (runs('long')) {
  // Plot draws trends of 10 figures only: at 10,000 its point scale would write a tick per figure.
  const peerList = TREND_PEERS.filter((p) => p.key !== 'chartjsResponsive' && p.key !== 'plot' && isPeer(p));
  const raw = {};
  const baselines = {};
  for (let run = 0; run < RUNS; run++) {
    for (const peer of peerList) {
      const { key, label: _label, ...params } = peer;
      (baselines[key] ??= []).push(await load({ ...params, n: 0 }));
      (raw[key] ??= []).push(await load({ ...params, mode: 'eager', n: 1, points: LONG_POINTS }));
    }
  }
  long = Object.fromEntries(peerList.map((p) => [p.key, summarise(raw[p.key], baselines[p.key])]));
}

// ---------------------------------------------------------------------------
// 4. Rankings of 46 forces against Chart.js's horizontal bars (uPlot draws no
//    horizontal bars), 20 and 200 to a page.
// ---------------------------------------------------------------------------
const rankLayout = runs('rank') ? await calibrate('rank') : undefined;
const ranks = rankLayout ? await compare('rank', RANK_PEERS, [20, 200], { box: rankLayout.box, margin: rankLayout.margin }) : undefined;

// ---------------------------------------------------------------------------
// 5. Fifty widgets on one JSON URL. The server sends no-store, so the browser
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
// 6. Layout shift of the demo pages while their figures arrive 600 ms late,
//    in each engine the tests run in (bench/layout-shift.mjs).
//    Whether a page moves depends on whether its first paint comes before
//    the script has upgraded the elements, which varies from load to load:
//    so several loads, each a first visit, and the worst is what counts. The
//    article at two window shapes, because a shift below the fold of one is
//    on screen in the other; the other demo pages at one.
// ---------------------------------------------------------------------------
const DATA_DELAY_MS = 600;
const CLS_RUNS = 5;
const CLS_VIEWPORTS = [VIEWPORT, { width: 900, height: 1200, deviceScaleFactor: 1 }];
const CLS_PAGES = [
  { path: '/demo/index.html', viewports: CLS_VIEWPORTS, runs: CLS_RUNS },
  ...['lincolnshire', 'static', 'cymraeg', 'charity', 'themes', 'csp'].map((page) => ({ path: `/demo/${page}.html`, viewports: [VIEWPORT], runs: 3 })),
];
const layoutShift = runs('cls') ? await measureLayoutShift({ server, engines: selectedEngines(), pages: CLS_PAGES, delayMs: DATA_DELAY_MS, errors: pageErrors }) : { results: [], versions: {} };


const browserVersion = await browser.version();
await browser.close();
await server.close();

// ---------------------------------------------------------------------------
// The tables.
// ---------------------------------------------------------------------------
const verdict = (met) => (met ? 'met' : 'not met');
const ms = (n) => (n === null ? 'n/a' : Math.round(n).toLocaleString('en-GB'));
const kib = (n) => Math.round(n / 1024).toLocaleString('en-GB');
const toTable = (rows) => rows.map((cells, i) => `| ${cells.join(' | ')} |${i === 0 ? `\n|${cells.map(() => '---').join('|')}|` : ''}`).join('\n');

// The all-elements file's ceiling, as CI holds it (bench/sizes.mjs), so the goal cell never goes stale.
const ALL_CEILING = BUDGETS.find((b) => b.file === ALL_ELEMENTS[1]).ceiling;
const sizeTable = runs('size')
  ? toTable([
      ['bundle (with its chunks, or stylesheet)', 'minified / gzip -9 / brotli -q 11 bytes', 'goal'],
      ['cso-widgets: all elements, dist/cso-widgets.js', triple(ours['dist/cso-widgets.js']), `≤ ${ALL_CEILING.toLocaleString('en-GB')} B brotli (the ceiling CI holds; budget 20,000 B): ${verdict(ours['dist/cso-widgets.js'].brotli <= ALL_CEILING)}`],
      ['cso-widgets: cso-trend.js', triple(ours['dist/cso-trend.js']), '—'],
      ['cso-widgets: cso-region-rank.js', triple(ours['dist/cso-region-rank.js']), '—'],
      ['cso-widgets: helpline-box.js', triple(ours['dist/helpline-box.js']), `≤ 8,000 B brotli: ${verdict(ours['dist/helpline-box.js'].brotli <= 8000)}`],
      ['Chart.js, minimal line chart (what the trend pages load)', triple(peers['chartjs-line']), '—'],
      ['Chart.js, minimal bar chart (what the ranking pages load)', triple(peers['chartjs-bar']), '—'],
      ['Chart.js, chart.js/auto', triple(peers['chartjs-auto']), '—'],
      ['uPlot, with uPlot.min.css', triple(peers.uplot), '—'],
      ['Observable Plot, area, line and dot marks (tree-shaken; what the trend pages load)', triple(peers.plot), '—'],
    ])
  : '';

/** One row per page and window: each engine's worst load (Chromium's own Layout Instability API beside it, as a check). */
function layoutRows() {
  const groups = new Map();
  for (const result of layoutShift.results) {
    const key = `${result.path} ${result.viewport.width}×${result.viewport.height}`;
    groups.set(key, [...(groups.get(key) ?? []), result]);
  }
  return [...groups.values()].map((group) => {
    const { path, viewport, runs: loads } = group[0];
    const cells = group.map(({ engine, worst, shifted, nativeWorst }) => {
      const moved = shifted ? `; ${shifted} of ${loads} loads moved` : '';
      const native = nativeWorst === undefined ? '' : ` (its own API: ${nativeWorst.toFixed(4)})`;
      return `${ENGINE_LABELS[engine]} ${worst.cls.toFixed(4)}${native}${moved}`;
    });
    const still = group.every(({ worst, nativeWorst }) => worst.cls === 0 && !nativeWorst);
    return [
      `Layout shift (CLS) of ${path.slice(1)} at ${viewport.width}×${viewport.height}, JSON ${DATA_DELAY_MS} ms late: worst of ${loads} first visits`,
      cells.join(' · '),
      `0 in ${group.length === 1 ? 'it' : `all ${group.length} engines`}: ${verdict(still)}`,
    ];
  });
}

/** "548 (6 of 200 drawn)" — and says when a run gave up before the wanted charts drew. */
function timeCell(s, field, mode, n) {
  if (!s) return '—';
  const drew = s.drawnMin === s.drawnMax ? `${s.drawnMin}` : `${s.drawnMin}–${s.drawnMax}`;
  const what = mode === 'lazy' && n > 1 ? ` (${drew} of ${n} drawn)` : '';
  return `${ms(s[field])}${what}${s.complete ? '' : ' INCOMPLETE'}`;
}
const heapCell = (s) => (s ? `${kib(s.heap.total)} (V8 ${kib(s.heap.v8)} + Blink ${kib(s.heap.blink)})` : '—');
const fastest = (values) => Math.min(...values.filter((v) => v !== null && v !== undefined));

function comparisonRows(what, kind, results, peerList, counts, layout, withGoals) {
  const rows = [];
  const get = (key, n, mode) => results[key]?.[n]?.[mode];
  const others = peerList.filter((p) => p.key !== 'ours' && isPeer(p));
  const cells = (fn) => TREND_PEERS.map((p) => (peerList.includes(p) ? fn(p) : '—'));
  for (const n of counts) {
    const lazyFirst = get('ours', n, 'lazy');
    const fastestLazy = fastest(others.map((p) => get(p.key, n, 'lazy')?.fromNavigation));
    const eagerOurs = get('ours', n, 'eager');
    const chartjsEager = fastest(['chartjs', 'chartjsResponsive'].map((k) => get(k, n, 'eager')?.fromNavigation));
    const uplotEager = get('uplot', n, 'eager')?.fromNavigation;
    const plotEager = get('plot', n, 'eager')?.fromNavigation;
    const chartjsHeap = fastest(['chartjs', 'chartjsResponsive'].map((k) => get(k, n, 'eager')?.heap.total));
    // Where the floor stands against the same goal: whether any chart keeping the reader's words could meet it.
    const floorLazy = get('floor', n, 'lazy');
    const floorEager = get('floor', n, 'eager');
    const floorSays = (value) => (value === undefined ? '' : `; the floor: ${value}`);
    // The issue's goals are set for trends at 20 and 200 to a page.
    const goal = n === 1 || !withGoals ? '' : null;
    rows.push(
      [
        `${what}, ${n} to a page, **lazy**: first screen painted, ms **from navigation start** (script download, parse, compile included)`,
        ...cells((p) => timeCell(get(p.key, n, 'lazy'), 'fromNavigation', 'lazy', n)),
        goal ??
          `no slower than the fastest lazy peer: ${verdict(lazyFirst.fromNavigation <= fastestLazy)} (${(lazyFirst.fromNavigation / fastestLazy).toFixed(2)}×${floorSays(floorLazy && `${(floorLazy.fromNavigation / fastestLazy).toFixed(2)}×`)})`,
      ],
      [`${what}, ${n} to a page, **lazy**: first screen painted, ms from chart creation`, ...cells((p) => timeCell(get(p.key, n, 'lazy'), 'fromCreation', 'lazy', n)), ''],
      [
        `${what}, ${n} to a page, **eager**: all drawn and painted, ms **from navigation start**`,
        ...cells((p) => timeCell(get(p.key, n, 'eager'), 'fromNavigation', 'eager', n)),
        goal ??
          `≤ 0.5× Chart.js's faster mode${uplotEager === undefined ? '' : ' and sooner than uPlot'}: ${verdict(eagerOurs.fromNavigation <= 0.5 * chartjsEager && (uplotEager === undefined || eagerOurs.fromNavigation < uplotEager))} (${(eagerOurs.fromNavigation / chartjsEager).toFixed(2)}× Chart.js${uplotEager === undefined ? '' : `, ${(eagerOurs.fromNavigation / uplotEager).toFixed(2)}× uPlot`}${plotEager === undefined ? '' : `, ${(eagerOurs.fromNavigation / plotEager).toFixed(2)}× Plot`}${floorSays(floorEager && `${(floorEager.fromNavigation / chartjsEager).toFixed(2)}× Chart.js${uplotEager === undefined ? '' : `, ${(floorEager.fromNavigation / uplotEager).toFixed(2)}× uPlot`}`)})`,
      ],
      [`${what}, ${n} to a page, **eager**: all drawn and painted, ms from chart creation`, ...cells((p) => timeCell(get(p.key, n, 'eager'), 'fromCreation', 'eager', n)), ''],
      [
        `${what}, ${n} to a page, **eager**: heap added, KiB, after GC (less the same page with no chart)`,
        ...cells((p) => heapCell(get(p.key, n, 'eager'))),
        goal ?? `≤ 0.5× Chart.js's smaller: ${verdict(eagerOurs.heap.total <= 0.5 * chartjsHeap)} (${(eagerOurs.heap.total / chartjsHeap).toFixed(2)}×${floorSays(floorEager && `${(floorEager.heap.total / chartjsHeap).toFixed(2)}×`)})`,
      ],
      [`${what}, ${n} to a page, **lazy**: heap added, KiB, after GC`, ...cells((p) => heapCell(get(p.key, n, 'lazy'))), ''],
    );
  }
  const big = counts[counts.length - 1];
  const oursLazy = get('ours', big, 'lazy');
  rows.push([
    `${what}: DOM nodes per chart (elements, text, comments, through shadow roots): drawn / not yet drawn`,
    ...cells((p) => {
      const s = get(p.key, big, 'lazy');
      const strip = s.nodesHelpline ? ` (the helpline strip ${ms(s.nodesHelpline)} of each)` : '';
      return `${ms(s.nodesDrawn)} / ${s.nodesUndrawn === null ? 'n/a' : ms(s.nodesUndrawn)}${p.key === 'ours' ? strip : ' (box only, until made)'}`;
    }),
    withGoals ? `drawn ≤ 120: ${verdict(oursLazy.nodesDrawn <= 120)}; not drawn ≤ 30: ${verdict(oursLazy.nodesUndrawn <= 30)}` : '',
  ]);
  rows.push([
    `${what}: page layout (measured, the same for all): each box ${layout.box} px tall (our element's height); lazy peers' IntersectionObserver margin ${layout.margin} px below the screen, so they draw the ${layout.oursDrawnLazily} charts the browser draws of ours${kind === 'trend' ? '. What each draws, lazily and eagerly alike:' : ''}`,
    ...cells((p) => (kind === 'trend' ? DRAWS[p.key] : '')),
    '',
  ]);
  return rows;
}

const header = ['measure (median of ' + RUNS + ' page loads)', ...TREND_PEERS.map((p) => p.label), 'goal (issue 19)'];
const renderTable =
  trends || long || ranks
    ? toTable([
        header,
        ...(trends ? comparisonRows('Trends of 10 yearly figures', 'trend', trends, TREND_PEERS, COUNTS, trendLayout, true) : []),
        ...(long
          ? [
              [
                `One trend of ${LONG_POINTS.toLocaleString('en-GB')} figures: drawn and painted, ms from chart creation`,
                ...TREND_PEERS.map((p) => (long[p.key] ? timeCell(long[p.key], 'fromCreation', 'eager', 1) : '—')),
                `no slower than Chart.js: ${verdict(long.ours.fromCreation <= long.chartjs.fromCreation)} (${(long.ours.fromCreation / long.chartjs.fromCreation).toFixed(2)}×)`,
              ],
              [`One trend of ${LONG_POINTS.toLocaleString('en-GB')} figures: ms from navigation start`, ...TREND_PEERS.map((p) => (long[p.key] ? timeCell(long[p.key], 'fromNavigation', 'eager', 1) : '—')), ''],
              [
                `One trend of ${LONG_POINTS.toLocaleString('en-GB')} figures: DOM nodes`,
                ...TREND_PEERS.map((p) => (long[p.key] ? ms(long[p.key].nodesDrawn) : '—')),
                `no node per point: ${verdict(long.ours.nodesDrawn < LONG_POINTS)}`,
              ],
              [`One trend of ${LONG_POINTS.toLocaleString('en-GB')} figures: heap added, KiB`, ...TREND_PEERS.map((p) => (long[p.key] ? heapCell(long[p.key]) : '—')), ''],
            ]
          : []),
        ...(ranks ? comparisonRows('Rankings of 46 forces (Chart.js: horizontal bars)', 'rank', ranks, RANK_PEERS, [20, 200], rankLayout, false) : []),
      ])
    : '';

const otherRows = [
  ...(shared
    ? [[`50 \`<cso-trend>\` on one JSON URL: requests for it (${shared.ready} of ${shared.total} ready)`, String(shared.requests), `1: ${verdict(shared.requests === 1)}`]]
    : []),
  ...layoutRows(),
];
const otherTable = otherRows.length ? toTable([['measure', 'cso-widgets', 'goal'], ...otherRows]) : '';

const otherEngines = Object.entries(layoutShift.versions).filter(([name]) => name !== 'chromium').map(([, version]) => version);
const machine = `Measured ${new Date().toISOString().slice(0, 10)} on a shared machine (${cpus()[0].model}, ${cpus().length} cores, other work running), Node ${process.version}, ${browserVersion} (headless, software rendering)${otherEngines.length ? `; layout shift also in ${otherEngines.join(' and ')}` : ''}, viewport ${VIEWPORT.width}×${VIEWPORT.height}, pages from localhost.`;
const tables = [sizeTable, renderTable, otherTable].filter(Boolean).join('\n\n');

console.log(`\n${tables}\n\n${machine}`);
for (const { engine, path, viewport, worst } of layoutShift.results) {
  if (!worst.shifts.length) continue;
  console.log(`\nLayout shifts of the worst load of ${path.slice(1)} at ${viewport.width}×${viewport.height} in ${ENGINE_LABELS[engine]} (ms after navigation, score; what moved: previous → current rect):`);
  for (const s of worst.shifts) console.log(`- at ${s.at} ms, ${s.value.toFixed(4)}:\n${s.sources.map((src) => `    ${src}`).join('\n') || '    (no sources reported)'}`);
}
if (pageErrors.size) console.log(`\nScript errors in the pages:\n${[...pageErrors].map((e) => `- ${e}`).join('\n')}`);
if (loadSeconds.size) console.log(`\nPage loads took: ${[...loadSeconds].map(([lib, s]) => `${lib} ${s.toFixed(0)} s`).join(', ')}.`);
console.log(offsiteRequests.size ? `\nRequests beyond localhost:\n${[...offsiteRequests].map((r) => `- ${r}`).join('\n')}` : '\nRequests beyond localhost: none.');

// README: read, replace the region, write, in one go at the very end; only a full run's tables go there.
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
  writeFileSync(readmePath, `${readme.slice(0, from + START.length)}\n${tables}\n\n${machine}\n${readme.slice(to)}`);
  console.log('\nREADME.md benchmark tables updated.');
}
