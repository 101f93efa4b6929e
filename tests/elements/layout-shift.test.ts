/**
 * Nothing a reader sees moves while the figures arrive late: the demo pages,
 * and a chart alone on a page, loaded as a first visit in a frame, their
 * figures held back 600 ms (/__fixtures/late/, tests/fixture-server.mjs).
 *
 * Two measures. In Chromium, its own Layout Instability API: the layout-shift
 * entries of the frame's document, from its first paint (buffered), must add
 * up to 0. In every engine (Firefox and WebKit have no such API), what a
 * reader sees: tests/fixtures/layout-recorder.js notes every element's place
 * once a frame from the first frame on, and no element on screen (page or
 * widget) may move by a pixel or more between first paint and all drawn.
 */
import { expect, oneEvent } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';

const DELAY_MS = 600;
// After the charts settle, a second more for anything that moves late (a frame after drawing, a font).
const QUIET_MS = 1000;

interface Recorded {
  /** Chromium's layout-shift entries (not after input), with what moved; undefined where the engine has no such API. */
  shifts: string[] | undefined;
  score: number | undefined;
  /** Every move the recorder saw. */
  moves: string[];
  frames: number;
  /** Frames in which some chart did not have its figures yet. */
  loadingFrames: number;
  /** What stopped the recorder, if anything did. */
  error: string | undefined;
}

interface FrameWindow extends Window {
  __moves?: string[];
  __frames?: number;
  __loadingFrames?: number;
  __recorderError?: string;
}

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources?: { node: Node | null; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
}

let token = 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const rect = (r: DOMRectReadOnly) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;

/** Loads `url` in a frame of the given size, waits until every chart has its figures (or failed) and a quiet second, and reads both measures. */
async function record(url: string, width: number, height: number): Promise<Recorded> {
  const frame = document.createElement('iframe');
  frame.style.cssText = `display: block; border: 0; width: ${width}px; height: ${height}px`;
  frame.src = url;
  const loaded = oneEvent(frame, 'load');
  document.body.append(frame);
  try {
    const win = () => frame.contentWindow as FrameWindow;
    await loaded;
    // Settled: every chart is past loading (the page's own document, not the frame's first empty one).
    for (let waited = 0; ; waited += 50) {
      const doc = frame.contentDocument!;
      const charts = [...doc.querySelectorAll('cso-trend, cso-region-rank')];
      const done = doc.readyState === 'complete' && win().__frames !== undefined && charts.every((c) => ['ready', 'error'].includes((c as unknown as { status?: string }).status ?? ''));
      if (done) break;
      if (waited > 8000) throw new Error(`${url}: the charts did not settle`);
      await sleep(50);
    }
    await sleep(QUIET_MS);
    const Observer = (win() as unknown as { PerformanceObserver: typeof PerformanceObserver }).PerformanceObserver;
    let shifts: string[] | undefined;
    let score: number | undefined;
    if (Observer?.supportedEntryTypes?.includes('layout-shift')) {
      const entries = await new Promise<LayoutShift[]>((resolve) => {
        const observer = new Observer((list) => {
          observer.disconnect();
          resolve(list.getEntries() as LayoutShift[]);
        });
        observer.observe({ type: 'layout-shift', buffered: true });
        // No entry at all: the observer is never called.
        setTimeout(() => resolve([]), 500);
      });
      const counted = entries.filter((e) => !e.hadRecentInput);
      score = counted.reduce((sum, e) => sum + e.value, 0);
      shifts = counted.map(
        (e) =>
          `${Math.round(e.startTime)} ms ${e.value.toFixed(4)}: ${(e.sources ?? [])
            .map((s) => `${s.node ? (s.node as Element).localName ?? s.node.nodeName : '(node in a shadow root)'} ${rect(s.previousRect)} → ${rect(s.currentRect)}`)
            .join('; ')}`,
      );
    }
    return { shifts, score, moves: [...(win().__moves ?? [])], frames: win().__frames ?? 0, loadingFrames: win().__loadingFrames ?? 0, error: win().__recorderError };
  } finally {
    frame.remove();
  }
}

function expectStill(recorded: Recorded, what: string, late: boolean): void {
  expect(recorded.error, `${what}: the recorder failed`).to.equal(undefined);
  // Frames were seen while figures were on their way and after they came: a page that never painted then proves nothing.
  if (late) expect(recorded.loadingFrames, `${what}: frames looked at while the figures were on their way`).to.be.greaterThan(0);
  expect(recorded.frames - recorded.loadingFrames, `${what}: frames looked at once all was drawn`).to.be.greaterThan(1);
  expect(recorded.moves, `${what}: what moved on screen`).to.deep.equal([]);
  if (recorded.score !== undefined) expect(recorded.score, `${what}: Chromium's layout shift score; shifts: ${recorded.shifts!.join(' | ')}`).to.equal(0);
}

const demo = (page: string) => `/__fixtures/late/${DELAY_MS}/${++token}-${Date.now()}/demo/${page}.html`;

describe('layout stability while the figures arrive late', function () {
  this.timeout(20000);

  before(async () => {
    // Room for the largest frame, with the whole of it on screen (charts off screen are skipped, and would not be tested).
    await setViewport({ width: 1240, height: 1240 });
  });

  it('a chart alone on a page, on screen as its figures come: nothing moves', async () => {
    const id = `${++token}-${Date.now()}`;
    const body = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><script src="/tests/fixtures/layout-recorder.js"></script>
      <script type="module" src="/__static/dist/cso-widgets.js?${id}"></script></head>
      <body style="margin: 0 60px; font-family: sans-serif"><h1>A story</h1><p>Words before the chart, so that it is not at the page's corner.</p><cso-trend src="/__fixtures/slow/${DELAY_MS}/alone-${id}.json" area="Lancashire"></cso-trend></body></html>`;
    const recorded = await record(`/__host?body=${encodeURIComponent(body)}`, 800, 900);
    expectStill(recorded, 'a chart alone', true);
  });

  // Page, frame size, and whether its charts' figures come late (from demo/data/); the static page's are in the page, the charity page has only panels.
  const pages: [string, number, number, boolean][] = [
    ['index', 1200, 900, true],
    ['index', 900, 1200, true],
    ['lincolnshire', 1200, 900, true],
    ['static', 1200, 900, false],
    ['cymraeg', 1200, 900, true],
    ['charity', 1200, 900, false],
    ['themes', 1200, 900, true],
    // At 1000 px the themes page's three columns are about 270 px wide: its widgets' phone-sized rooms.
    ['themes', 1000, 900, true],
    ['csp', 1200, 900, true],
  ];
  /*
   * And on a phone: each page in a frame as wide as a phone (its media queries
   * and the widgets' container queries see the frame's width, in every engine,
   * so no engine needs to skip), as tall as the test page allows, so that what
   * sits under the first chart is on screen too.
   */
  const desktop = pages.filter(([, width]) => width === 1200);
  for (const width of [375, 320]) pages.push(...desktop.map(([page, , , late]): [string, number, number, boolean] => [page, width, 1240, late]));
  for (const [page, width, height, late] of pages) {
    it(`demo/${page}.html at ${width}×${height}: nothing moves between first paint and all drawn`, async function () {
      expectStill(await record(demo(page), width, height), `${page}.html at ${width}×${height}`, late);
    });
  }
});
