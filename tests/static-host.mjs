// What a publisher's plain static host (or a CDN) does, for the embed and
// builder tests: /__static/dist/… and /__static/data/… are the built files as
// they are on disk — no module resolution, no transforms, unlike the test
// server's own routes — with the CORS header a CDN sends, so `crossorigin`
// and `integrity` behave as they will in the wild. /__host?body=… is a host
// page made of the HTML given (an article with a pasted snippet), served as
// text/html so it can be loaded from another origin.
// Also a test command, `open-tab-and-click`, that opens a real second tab
// (puppeteer engines only) to test quick exit, which replaces the whole tab.
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.map': 'application/json', '.css': 'text/css', '.txt': 'text/plain' };

export function staticHostMiddleware() {
  return async (context, next) => {
    if (context.path === '/__host') {
      context.type = 'text/html';
      context.set('Cache-Control', 'no-store');
      context.body = String(context.query.body ?? '');
      return;
    }
    if (!context.path.startsWith('/__static/')) return next();
    const path = normalize(decodeURIComponent(context.path.slice('/__static/'.length)));
    if (!(path.startsWith(`dist${sep}`) || path.startsWith(`data${sep}`)) || path.includes('..')) {
      context.status = 404;
      return;
    }
    try {
      context.body = await readFile(ROOT + path);
    } catch {
      context.status = 404;
      return;
    }
    context.type = TYPES[extname(path)] ?? 'application/octet-stream';
    context.set('Access-Control-Allow-Origin', '*');
    context.set('Cache-Control', 'no-store');
  };
}

/**
 * Opens `payload.url` in a new tab, waits for a frame whose address contains
 * `payload.frame`, clicks the element matching `payload.selector` in it (a
 * real click: the reader's activation a frame needs to navigate the tab),
 * and reports where the tab went. The test's own tab is left alone.
 */
export function openTabPlugin() {
  return {
    name: 'open-tab-and-click',
    async executeCommand({ command, payload, session }) {
      if (command !== 'open-tab-and-click') return undefined;
      const testPage = session.browser.getPage?.(session.id);
      if (!testPage || typeof testPage.browser !== 'function') return { skipped: 'this engine is driven over WebDriver, which opens no second tab here' };
      const tab = await testPage.browser().newPage();
      try {
        // In front, as a reader's tab is: a tab behind gets no frames, so nothing in it would draw.
        await tab.bringToFront();
        await tab.goto(payload.url, { waitUntil: 'load' });
        const startUrl = tab.url();
        let frame;
        for (let i = 0; i < 100 && !frame; i++) {
          frame = tab.frames().find((f) => f !== tab.mainFrame() && f.url().includes(payload.frame));
          if (!frame) await new Promise((r) => setTimeout(r, 50));
        }
        if (!frame) return { error: `no frame with ${payload.frame}` };
        const target = await frame.waitForSelector(`pierce/${payload.selector}`, { timeout: 5000 });
        if (payload.download) {
          // "Get the data" in the frame: where the browser lets the click save a file, the file and its first line.
          if (typeof tab.createCDPSession !== 'function' || testPage.browser().protocol === 'webDriverBiDi') return { skipped: 'downloads are watched through the DevTools protocol, which this engine does not speak' };
          const dir = await mkdtemp(join(tmpdir(), 'cso-download-'));
          const cdp = await testPage.browser().target().createCDPSession();
          await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: dir, eventsEnabled: true });
          const done = new Promise((resolve) => cdp.on('Browser.downloadProgress', (e) => e.state !== 'inProgress' && resolve(e.state)));
          await target.click();
          const state = await Promise.race([done, new Promise((r) => setTimeout(() => r('no download'), 5000))]);
          const files = await readdir(dir);
          const first = files[0] ? (await readFile(join(dir, files[0]), 'utf8')).split('\n')[0] : undefined;
          await cdp.send('Browser.setDownloadBehavior', { behavior: 'default' });
          await rm(dir, { recursive: true, force: true });
          return { state, files, first };
        }
        const historyBefore = await tab.evaluate(() => history.length);
        await Promise.all([tab.waitForNavigation({ timeout: 5000 }).catch(() => undefined), target.click()]);
        for (let i = 0; i < 40 && tab.url() === startUrl; i++) await new Promise((r) => setTimeout(r, 50));
        const url = tab.url();
        const historyAfter = await tab.evaluate(() => history.length).catch(() => undefined);
        return { startUrl, url, historyBefore, historyAfter, frames: tab.frames().length };
      } finally {
        await tab.close();
        await testPage.bringToFront();
      }
    },
  };
}
