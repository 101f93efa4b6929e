// Functions that run inside the benchmark's pages. Puppeteer sends their
// source text to the page, so each must stand alone: no imports, no outer
// variables, only its arguments and the page's globals.

/**
 * Inserts one chart per entry of `window.__benchData.series` and times it:
 * from just before the first element or canvas is created until every chart
 * has drawn, then two animation frames (the frame that paints it, and one
 * more so the paint has happened). Gives up when no further chart has drawn
 * for `stallMs`, and then reports how many drew and when the last of those
 * was painted.
 *
 * kind: 'cso-trend' | 'cso-region-rank' (the elements, with inline data
 * attributes, in 480px-wide boxes) or 'chartjs-line' | 'chartjs-bar'
 * (window.Chart, responsive, in fixed-size boxes). drawAll: the page turns the
 * elements' off-screen skipping off, so every chart draws at once.
 */
export async function renderCharts({ kind, stallMs, drawAll = false }) {
  const { labels, series } = window.__benchData;
  const count = series.length;
  const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))));

  let drawn = 0;
  let lastDrawAt = 0;
  let painted;
  let allDrawn;
  const everyChart = new Promise((r) => (allDrawn = r));
  // Called once per chart, the moment it has drawn.
  const onDrawn = () => {
    drawn++;
    lastDrawAt = performance.now();
    painted = twoFrames();
    if (drawn === count) allDrawn();
  };

  const observers = [];
  if (drawAll) {
    // The page overrides the elements' off-screen skipping (a page's own rule on
    // the element beats the element's :host rule), so every chart is sized and drawn.
    const style = document.createElement('style');
    style.textContent = 'cso-trend, cso-region-rank { content-visibility: visible !important; }';
    document.head.append(style);
  }
  const t0 = performance.now();
  lastDrawAt = t0;
  if (kind === 'chartjs-line' || kind === 'chartjs-bar') {
    const bar = kind === 'chartjs-bar';
    // Chart.js calls afterRender each time it draws; count each chart once.
    const seen = new Set();
    const drawnPlugin = {
      id: 'benchDrawn',
      afterRender(chart) {
        // Later draws (after a resize) are reported to resizeCharts, when it listens.
        if (seen.has(chart.id)) return void window.__benchRedrawn?.(chart);
        seen.add(chart.id);
        onDrawn();
      },
    };
    for (let i = 0; i < count; i++) {
      const box = document.createElement('div');
      // Chart.js's responsive mode sizes the canvas to a positioned box; the same size the element draws at.
      box.style.cssText = `position:relative;width:480px;height:${bar ? labels.length * 30 : 260}px`;
      const canvas = document.createElement('canvas');
      box.append(canvas);
      document.body.append(box);
      new window.Chart(canvas, {
        type: bar ? 'bar' : 'line',
        data: { labels, datasets: [bar ? { label: 'Offences', data: series[i] } : { label: 'Offences', data: series[i], fill: 'origin' }] },
        options: {
          animation: false,
          responsive: true,
          maintainAspectRatio: false,
          indexAxis: bar ? 'y' : 'x',
          // One series: the element shows no legend either. Axes stay (the defaults).
          plugins: { legend: { display: false } },
        },
        plugins: [drawnPlugin],
      });
    }
  } else {
    // The trend draws an <svg> once it knows its width; the ranking draws its bars
    // (an <ol class="bars"> today; an <svg> would count as well).
    const selector = kind === 'cso-trend' ? 'svg' : 'svg, .bars';
    for (let i = 0; i < count; i++) {
      const box = document.createElement('div');
      box.style.cssText = 'width:480px';
      const el = document.createElement(kind);
      // Synthetic figures: the element says so on screen.
      el.setAttribute('illustrative', '');
      if (kind === 'cso-trend') {
        el.setAttribute('area', `Benchmark force ${i + 1}`);
        el.setAttribute('data-periods', labels.join(','));
      } else {
        el.setAttribute('period', '2019/20');
        el.setAttribute('data-areas', labels.join(','));
        el.setAttribute('highlight', 'Force 7');
      }
      el.setAttribute('data-values', series[i].join(','));
      box.append(el);
      document.body.append(box);
      // Lit opens the shadow root on connection; watch it so a drawn chart is seen at once, not a frame later.
      const root = el.shadowRoot;
      const observer = new MutationObserver(() => {
        if (root.querySelector(selector)) {
          observer.disconnect();
          onDrawn();
        }
      });
      observer.observe(root, { childList: true, subtree: true });
      observers.push(observer);
    }
  }

  const stalled = new Promise((r) => {
    const timer = setInterval(() => {
      if (drawn === count || performance.now() - lastDrawAt > stallMs) {
        clearInterval(timer);
        r();
      }
    }, 100);
  });
  await Promise.race([everyChart, stalled]);
  for (const observer of observers) observer.disconnect();
  const end = drawn > 0 ? await painted : performance.now();
  return { ms: end - t0, drawn, count };
}

/**
 * After renderCharts: makes every chart's box narrower (480px to `width`),
 * as a window resize or a layout change would, and times it until every
 * chart that had drawn has drawn again at the new width, then two frames.
 * Ours redraw from one ResizeObserver delivery per frame for all charts
 * (sizes read in one batch, drawn in the next frame); Chart.js from its own
 * observer per chart. Off-screen charts of ours were never drawn, so they
 * have nothing to redraw until a reader scrolls near them.
 */
export async function resizeCharts({ kind, width, stallMs }) {
  const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))));
  const boxes = [...document.body.children].filter((el) => el.localName === 'div');
  const ours = !kind.startsWith('chartjs');
  const drawn = ours ? boxes.filter((box) => box.firstElementChild.shadowRoot.querySelector('svg')) : boxes;
  let redrawn = 0;
  let lastAt = performance.now();
  let painted;
  let finished;
  const all = new Promise((r) => (finished = r));
  const seen = new Set();
  const onRedrawn = (key) => {
    if (seen.has(key)) return;
    seen.add(key);
    redrawn++;
    lastAt = performance.now();
    painted = twoFrames();
    if (redrawn === drawn.length) finished();
  };
  const observers = [];
  if (ours) {
    for (const box of drawn) {
      const widthBefore = box.firstElementChild.shadowRoot.querySelector('svg').getAttribute('width');
      // Lit may patch the same <svg> or put in a new one: either way its width says it has redrawn.
      const observer = new MutationObserver(() => {
        const now = box.firstElementChild.shadowRoot.querySelector('svg');
        if (now && now.getAttribute('width') !== widthBefore) onRedrawn(box);
      });
      observer.observe(box.firstElementChild.shadowRoot, { subtree: true, childList: true, attributes: true, attributeFilter: ['width'] });
      observers.push(observer);
    }
  } else {
    window.__benchRedrawn = (chart) => onRedrawn(chart.id);
  }
  const t0 = performance.now();
  for (const box of boxes) box.style.width = `${width}px`;
  const stalled = new Promise((r) => {
    const timer = setInterval(() => {
      if (redrawn === drawn.length || performance.now() - lastAt > stallMs) {
        clearInterval(timer);
        r();
      }
    }, 50);
  });
  await Promise.race([all, stalled]);
  for (const observer of observers) observer.disconnect();
  const end = redrawn > 0 ? await painted : performance.now();
  return { ms: end - t0, redrawn, of: drawn.length };
}

/**
 * Installed before any page script (evaluateOnNewDocument): records every
 * layout shift not caused by input, with what moved, described at once
 * because the nodes may be gone later.
 */
export function recordLayoutShifts() {
  window.__shifts = [];
  const name = (n) =>
    n.nodeType === Node.ELEMENT_NODE ? `${n.localName}${n.id ? `#${n.id}` : ''}${n.classList.length ? `.${[...n.classList].join('.')}` : ''}` : n.nodeName;
  // A node inside a widget is named with its hosts: "cso-trend.example › div.chart-box".
  const path = (node) => {
    let out = name(node);
    for (let root = node.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) out = `${name(root.host)} › ${out}`;
    return out;
  };
  const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.hadRecentInput) continue;
      window.__shifts.push({
        value: entry.value,
        at: Math.round(entry.startTime),
        sources: (entry.sources ?? []).map((s) => `${s.node ? path(s.node) : '(node removed)'}: ${rect(s.previousRect)} → ${rect(s.currentRect)}`),
      });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}
