// A web-test-runner command that zooms the page the way the browser's own
// zoom does (Ctrl and +), not with CSS `zoom`: the layout viewport shrinks
// by the factor (a 800 px window at 200 % lays out 400 CSS px) and
// devicePixelRatio grows by it. `browser-zoom` with `{ factor }` (1 puts the
// page back) answers `{ zoomed }`, the factor the engine applied, or
// `{ unsupported: reason }`. The test checks the page really sees it
// (tests/elements/engine.ts, browserZoom).
//
// - Chromium: no zoom command in the DevTools protocol, so the page is given
//   what zoom gives it: its viewport in CSS px divided by the factor and the
//   device scale factor multiplied by it (Emulation.setDeviceMetricsOverride,
//   through puppeteer's setViewport).
// - Firefox: the real thing. Full zoom of the tab, set in the browser's chrome
//   scope over WebDriver BiDi (Firefox is started with
//   -remote-allow-system-access), as View > Zoom does.
// - WebKitGTK: the real thing. MiniBrowser's own Zoom In key (Ctrl and =),
//   sent as X key events; it zooms in steps of 1.2, so the nearest step to
//   the factor is taken (4 steps: 207 %), and answered. Its page zoom leaves
//   devicePixelRatio at 1; the viewport shrinks as in the other engines.
import { engineOf } from './engines/engines.mjs';

async function firefoxFullZoom(page, factor) {
  const connection = page.browser().connection;
  const { contexts } = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result;
  if (!contexts?.length) throw new Error('Firefox gave no chrome context: was it started with -remote-allow-system-access?');
  // Every tab of every window: tests run one page at a time, and the test page is one of them.
  const expression = `(() => {
    let zoomed = 0;
    for (const win of Services.wm.getEnumerator('navigator:browser'))
      for (const browser of win.gBrowser.browsers) { browser.fullZoom = ${Number(factor)}; zoomed++; }
    return zoomed;
  })()`;
  const { result } = await connection.send('script.evaluate', { expression, target: { context: contexts[0].context }, awaitPromise: false, 'moz:scope': 'chrome' });
  if (result.type === 'exception') throw new Error(`browser-zoom: ${JSON.stringify(result.exceptionDetails?.text ?? result)}`);
  if (!result.result?.value) throw new Error('browser-zoom: Firefox has no tab to zoom');
}

export function zoomPlugin() {
  /** session id → the viewport before zooming, to put back. */
  const before = new Map();
  return {
    name: 'browser-zoom-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'browser-zoom') return undefined;
      const factor = Number(payload?.factor ?? 1);
      if (!(factor >= 0.5 && factor <= 4)) throw new Error(`browser-zoom: a factor from 0.5 to 4, not ${payload?.factor}`);
      switch (engineOf(session.browser)) {
        case 'webkit':
          return { zoomed: await session.browser.zoom(session.id, factor) };
        case 'firefox':
          await firefoxFullZoom(session.browser.getPage(session.id), factor);
          return { zoomed: factor };
        default: {
          const page = session.browser.getPage(session.id);
          const base = before.get(session.id) ?? page.viewport() ?? { width: 800, height: 600 };
          if (factor === 1) {
            before.delete(session.id);
            await page.setViewport(base);
          } else {
            before.set(session.id, base);
            const scale = base.deviceScaleFactor ?? 1;
            await page.setViewport({ ...base, width: Math.round(base.width / factor), height: Math.round(base.height / factor), deviceScaleFactor: scale * factor });
          }
          return { zoomed: factor };
        }
      }
    },
  };
}
