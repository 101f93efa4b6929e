// The benchmark's page script, loaded after the library under test by the
// pages bench/run.mjs writes (bench/.out/page-*.html). The same script for
// every library, so each pays the same for it. Everything is read from the
// page's address:
//   lib=ours|chartjs|uplot|plot   kind=trend|rank   n=charts   points=per trend
//   mode=eager  every chart is made at once (ours: the page turns off its
//               off-screen skipping, so every chart draws at once)
//   mode=lazy   a chart draws when near the screen (ours: as shipped; the
//               peers: an IntersectionObserver makes each chart when its box
//               comes near, the usual way to make a canvas chart lazy)
//   responsive=1  Chart.js's responsive mode (a ResizeObserver per chart)
//   words=1     uPlot with our chart's words as plain HTML around it (a floor, below)
//   box=px      every chart's box is this tall for every library (the height
//               our element takes), so the same charts are on screen for all
//   margin=px   the IntersectionObserver's margin (lazy): the same charts
//               near the screen as the browser draws of ours
// When done it sets window.__bench. Synthetic figures only: never shown to
// a reader, and our element labels them "Illustrative figures".

const params = new URLSearchParams(location.search);
const lib = params.get('lib');
const kind = params.get('kind') ?? 'trend';
const mode = params.get('mode') ?? 'eager';
const count = Number(params.get('n') ?? 0);
const pointCount = Number(params.get('points') ?? 10);
const responsive = params.get('responsive') === '1';
const boxHeight = Number(params.get('box') ?? 0);
const margin = Number(params.get('margin') ?? 0);
const WIDTH = 480;
const PLOT_HEIGHT = 260;

/** mulberry32: every run and every library draws the same figures. */
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
// Financial years 2010/11 on for short series; single years 0000-9999 for long ones (the contract's period form).
const labels =
  kind === 'rank'
    ? Array.from({ length: 46 }, (_, f) => `Force ${f + 1}`)
    : pointCount <= 90
      ? Array.from({ length: pointCount }, (_, y) => `${2010 + y}/${String((11 + y) % 100).padStart(2, '0')}`)
      : Array.from({ length: pointCount }, (_, y) => String(y).padStart(4, '0'));
/** A trend starts between 40 and 240 and moves -20%..+40% a step (long series: ±10%); a ranking is 20..820 per force. */
function series(i) {
  const rand = seeded((kind === 'rank' ? 5000 : 1000) + i);
  if (kind === 'rank') return labels.map(() => 20 + Math.floor(rand() * 800));
  let value = 40 + Math.floor(rand() * 200);
  const [low, spread] = pointCount <= 90 ? [0.8, 0.6] : [0.9, 0.2];
  return labels.map(() => (value = Math.max(1, Math.round(value * (low + rand() * spread)))));
}

const drawn = new Array(count).fill(false);
let drawnCount = 0;
let lastDrawnAt = 0;
const markDrawn = (i) => {
  if (drawn[i]) return;
  drawn[i] = true;
  drawnCount++;
  lastDrawnAt = performance.now();
};

// ---------------------------------------------------------------------------
// One chart per library, made into its box.
// ---------------------------------------------------------------------------
function makeOurs(box, i) {
  const el = document.createElement(kind === 'rank' ? 'cso-region-rank' : 'cso-trend');
  el.setAttribute('illustrative', '');
  if (kind === 'rank') {
    el.setAttribute('period', '2019/20');
    el.setAttribute('data-areas', labels.join(','));
    el.setAttribute('highlight', 'Force 7');
  } else {
    el.setAttribute('area', `Benchmark force ${i + 1}`);
    el.setAttribute('data-periods', labels.join(','));
  }
  el.setAttribute('data-values', series(i).join(','));
  box.append(el);
}

const chartjsDrawn = {
  id: 'benchDrawn',
  afterRender: (chart) => markDrawn(chart.options.plugins.benchDrawn.index),
};
function makeChartjs(box, i) {
  const canvas = document.createElement('canvas');
  if (!responsive) {
    canvas.width = WIDTH;
    canvas.height = kind === 'rank' ? labels.length * 30 : PLOT_HEIGHT;
  } else {
    // Responsive mode sizes the canvas to a positioned box of the same size.
    const inner = document.createElement('div');
    inner.style.cssText = `position:relative;width:${WIDTH}px;height:${kind === 'rank' ? labels.length * 30 : PLOT_HEIGHT}px`;
    box.append(inner);
    box = inner;
  }
  box.append(canvas);
  const rank = kind === 'rank';
  new window.Chart(canvas, {
    type: rank ? 'bar' : 'line',
    data: { labels, datasets: [rank ? { label: 'Offences', data: series(i) } : { label: 'Offences', data: series(i), fill: 'origin' }] },
    options: {
      animation: false,
      responsive,
      maintainAspectRatio: false,
      indexAxis: rank ? 'y' : 'x',
      // One series: our element shows no legend either. Axes and points stay (Chart.js's defaults).
      plugins: { legend: { display: false }, benchDrawn: { index: i } },
    },
    plugins: [chartjsDrawn],
  });
}

const uplotXs = labels.map((_, x) => x);
function makeUplot(box, i) {
  new window.uPlot(
    {
      width: WIDTH,
      height: PLOT_HEIGHT,
      legend: { show: false },
      scales: { x: { time: false } },
      axes: [{ incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000], values: (u, splits) => splits.map((s) => labels[s] ?? '') }, {}],
      series: [{}, { label: 'Offences', stroke: '#6a1b9a', fill: 'rgba(106,27,154,0.15)' }],
      hooks: { draw: [() => markDrawn(i)] },
    },
    [uplotXs, series(i)],
    box,
  );
}

// Observable Plot: one SVG per chart, made at once by Plot.plot (no frame
// waited for), at the same fixed size as the canvases. The periods are an
// ordinal (point) scale, as a page plotting these labels gets by default;
// Plot writes every label of such a scale and ten "2010/11"s overlap in
// 480 px, so it labels every second one (uPlot and ours thin them too).
const plotData = (i) => series(i).map((value, x) => ({ period: labels[x], value }));
const plotTicks = labels.filter((_, x) => x % Math.ceil(labels.length / 5) === 0);
function makePlot(box, i) {
  const data = plotData(i);
  const channels = { x: 'period', y: 'value' };
  const { plot, areaY, lineY, dot } = window.Plot;
  box.append(
    plot({
      width: WIDTH,
      height: PLOT_HEIGHT,
      x: { type: 'point', label: null, ticks: plotTicks },
      y: { label: null, grid: true },
      marks: [
        areaY(data, { ...channels, fill: '#6a1b9a', fillOpacity: 0.15 }),
        lineY(data, { ...channels, stroke: '#6a1b9a' }),
        dot(data, { ...channels, fill: '#6a1b9a', r: 3 }),
      ],
    }),
  );
  markDrawn(i);
}

// A floor, not a library people pick (lib=uplot&words=1): uPlot's canvas with
// the words our chart carries around its plot, as plain HTML: the
// illustrative label, the force, a headline, the spoken summary, the table
// disclosure, the source line with its button, and the helpline strip with
// its two links. No custom element, no shadow root, one page stylesheet;
// each chart a clone of one fragment, its three changing lines set as text.
// What any chart that keeps everything a reader gets (issue 19) pays at least.
const words = params.get('words') === '1';
let floorFragment;
function floorParts() {
  if (floorFragment) return floorFragment;
  const style = document.createElement('style');
  style.textContent = [
    '.floor{margin:0;font:16px/1.4 serif}.floor p{margin:0 0 .25rem}',
    '.ill{display:inline-block;border:2px solid;padding:0 .4rem;font-weight:700;font-size:.875rem}',
    '.kicker{font-weight:700;font-size:.875rem;color:#505a5f}.headline{font-weight:700;font-size:1.5rem}',
    '.floor details{margin:.5rem 0;font-size:.875rem}.meta{font-size:.875rem;color:#505a5f}.meta button{font:inherit;border:0;background:none;padding:0;text-decoration:underline}',
    '.strip{display:flex;flex-wrap:wrap;align-items:center;column-gap:.4em;margin-top:.75rem;padding:.25rem .5rem;background:#f0f0f0;border-left:6px solid #00703c;font:16px serif}',
    '.strip a{line-height:2.75rem;white-space:nowrap;color:#0b0c0c}.strip a[href^="tel"]{font-weight:700}',
    '.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}',
  ].join('');
  document.head.append(style);
  const el = (name, attributes = {}, ...children) => {
    const node = document.createElement(name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
    node.append(...children);
    return node;
  };
  const status = () => el('p', { class: 'vh', role: 'status', 'aria-live': 'polite' });
  floorFragment = new DocumentFragment();
  floorFragment.append(
    el(
      'figure',
      { class: 'floor' },
      el('p', { class: 'ill' }, 'Illustrative figures'),
      el('p', { class: 'kicker' }),
      el('p', { class: 'headline' }),
      el('div', { class: 'plot', role: 'img', tabindex: '0' }),
      status(),
      el('details', {}, el('summary', {}, 'Show the figures as a table')),
      el('p', { class: 'meta' }, 'Source: not stated by this page · ', el('button', { type: 'button' }, 'Get the data')),
    ),
    el(
      'aside',
      { class: 'strip', 'aria-label': 'Worried about a child?' },
      el('span', {}, 'Worried about a child?'),
      el('span', {}, 'NSPCC Helpline'),
      el('a', { href: 'tel:+448088005000' }, el('span', { class: 'vh' }, 'Call NSPCC Helpline: '), '0808 800 5000'),
      el('a', { href: 'mailto:help@nspcc.org.uk' }, el('span', { class: 'vh' }, 'Email NSPCC Helpline: '), 'help@nspcc.org.uk'),
      status(),
    ),
  );
  return floorFragment;
}
function makeUplotWithWords(box, i) {
  const parts = floorParts().cloneNode(true);
  const figures = series(i);
  const [first, last] = [figures[0], figures[figures.length - 1]];
  const change = `${last >= first ? 'up' : 'down'} ${Math.round((Math.abs(last - first) / first) * 100)}%`;
  const area = `Benchmark force ${i + 1}`;
  parts.querySelector('.kicker').textContent = area;
  parts.querySelector('.headline').textContent = `${change[0].toUpperCase()}${change.slice(1)} since ${labels[0]}`;
  const plot = parts.querySelector('.plot');
  plot.setAttribute('aria-label', `${area}: ${last} offences in ${labels[labels.length - 1]}, ${change} from ${first} in ${labels[0]}. Use the left and right arrow keys to hear each figure.`);
  box.append(parts);
  makeUplot(plot, i);
}

const make = { ours: makeOurs, chartjs: makeChartjs, uplot: words ? makeUplotWithWords : makeUplot, plot: makePlot }[lib];

/** Whether chart i of ours has drawn: its shadow root holds the plot. */
const ourSelector = kind === 'rank' ? 'svg, .bars' : 'svg';
function pollOurs(boxes) {
  for (let i = 0; i < count; i++) {
    if (!drawn[i] && boxes[i].firstElementChild.shadowRoot?.querySelector(ourSelector)) markDrawn(i);
  }
}

/** Nodes in a box: elements, text and comments, through shadow roots (the shadow roots themselves not counted). */
function nodesIn(node) {
  let n = 0;
  for (const child of node.childNodes) n += 1 + nodesIn(child);
  if (node.shadowRoot) n += nodesIn(node.shadowRoot);
  return n;
}

/** The next frame has run, then a task after it: what was drawn before now has been painted. */
const afterNextFrame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));

async function run() {
  if (lib === 'ours') await customElements.whenDefined(kind === 'rank' ? 'cso-region-rank' : 'cso-trend');
  if (lib === 'ours' && mode === 'eager') {
    // A page's own rule on the element beats the element's :host rule: every chart is laid out, so every chart draws.
    const style = document.createElement('style');
    style.textContent = 'cso-trend, cso-region-rank { content-visibility: visible !important; }';
    document.head.append(style);
  }
  const t0 = performance.now();
  const boxes = [];
  let observer;
  if (lib !== 'ours' && mode === 'lazy') {
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting) continue;
          observer.unobserve(entry.target);
          make(entry.target, Number(entry.target.dataset.i));
        }
      },
      { rootMargin: `${margin}px 0px` },
    );
  }
  for (let i = 0; i < count; i++) {
    const box = document.createElement('div');
    box.style.cssText = `width:${WIDTH}px${boxHeight ? `;height:${boxHeight}px` : ''}`;
    box.dataset.i = String(i);
    document.body.append(box);
    boxes.push(box);
    if (observer) observer.observe(box);
    else make(box, i);
  }
  const made = performance.now();
  // Which charts a reader sees without scrolling: the boxes are all one height, so it is arithmetic.
  const top = boxes[0]?.getBoundingClientRect().top ?? 0;
  const onScreen = mode === 'lazy' && boxHeight ? Math.min(count, Math.ceil((innerHeight - top) / boxHeight)) : count;
  const wanted = () => drawn.slice(0, onScreen).every(Boolean);

  // Wait until the wanted charts have drawn (checked every frame), or give up after 3 s without a new one.
  lastDrawnAt = performance.now();
  for (;;) {
    if (lib === 'ours') pollOurs(boxes);
    if (wanted() || performance.now() - lastDrawnAt > 3000) break;
    await new Promise((r) => requestAnimationFrame(r));
    if (lib === 'ours') pollOurs(boxes);
    if (wanted()) break;
  }
  const complete = wanted();
  await afterNextFrame();
  const painted = performance.now();
  const drawnWhenPainted = drawnCount;

  // Let anything else near the screen settle, then count nodes.
  await afterNextFrame();
  if (lib === 'ours') pollOurs(boxes);
  const perDrawn = [];
  const perUndrawn = [];
  boxes.forEach((box, i) => (drawn[i] ? perDrawn : perUndrawn).push(nodesIn(box)));
  const mean = (xs) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
  // Our chart's helpline strip, counted within its nodes above: what the strip costs of each.
  const strips = boxes.filter((_, i) => drawn[i]).map((box) => box.firstElementChild?.shadowRoot?.querySelector('helpline-box')).filter(Boolean);
  const heightOfFirst = boxes[0]?.firstElementChild?.getBoundingClientRect().height ?? 0;
  window.__bench = {
    complete,
    onScreen,
    drawnAtEnd: drawn.filter(Boolean).length,
    drawnWhenPainted,
    fromNavigation: painted,
    fromCreation: painted - t0,
    scriptReady: t0,
    creationMs: made - t0,
    nodesDrawn: mean(perDrawn),
    nodesUndrawn: mean(perUndrawn),
    nodesHelpline: mean(strips.map((strip) => 1 + nodesIn(strip))),
    nodesPage: nodesIn(document.documentElement),
    heightOfFirst,
  };
}

run().catch((error) => (window.__bench = { error: String(error?.stack ?? error) }));
