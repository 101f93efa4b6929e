// Layout shift of the demo pages while their figures arrive late, in each
// engine the tests run in: Chromium, Firefox ESR and WebKitGTK (Debian
// packages; see tests/engines/). Every load is a first visit (a fresh browser
// context, or for WebKit a fresh session). Shifts are measured the same way
// in every engine by bench/shift-recorder.js; in Chromium its own Layout
// Instability API is read too, as a check on the recorder.
import puppeteer from 'puppeteer-core';
import { remote } from 'webdriverio';
import { CHROMIUM, CHROMIUM_ARGS, FIREFOX, FIREFOX_PREFS } from '../tests/engines/engines.mjs';
import { fitViewport, startWebKitDriver, webkitCapabilities } from '../tests/engines/webkit.mjs';
import { recordLayoutShifts } from './in-page.mjs';

export const ENGINE_LABELS = { chromium: 'Chromium', firefox: 'Firefox ESR', webkit: 'WebKitGTK' };

/** In the page: every chart has its figures (or has failed) — the page has stopped loading. */
const SETTLED = `return [...document.querySelectorAll('cso-trend, cso-region-rank')].every((e) => e.status && e.status !== 'loading')`;
const COLLECT = 'return { sampled: window.__sampledShifts ?? null, native: window.__shifts ?? null }';
// After the charts settle, a second more for anything that moves late (a font, a frame after drawing).
const QUIET_MS = 1000;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function untilSettled(check) {
  for (let waited = 0; waited < 15000; waited += 50) {
    if (await check()) return;
    await sleep(50);
  }
  throw new Error('the charts did not finish loading within 15 s');
}

/** Chromium or Firefox through puppeteer-core (Firefox over WebDriver BiDi). */
async function puppeteerEngine(name, errors) {
  const browser =
    name === 'firefox'
      ? await puppeteer.launch({ browser: 'firefox', executablePath: FIREFOX, headless: true, extraPrefsFirefox: FIREFOX_PREFS })
      : await puppeteer.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  return {
    version: await browser.version(),
    async visit(url, viewport) {
      const context = await browser.createBrowserContext();
      try {
        const page = await context.newPage();
        page.on('pageerror', (error) => errors.add(`${ENGINE_LABELS[name]} ${new URL(url).pathname}: ${error.message}`));
        await page.setViewport(viewport);
        if (name === 'chromium') await page.evaluateOnNewDocument(recordLayoutShifts);
        await page.goto(url, { waitUntil: 'load' });
        await untilSettled(() => page.evaluate(new Function(SETTLED)));
        await sleep(QUIET_MS);
        return await page.evaluate(new Function(COLLECT));
      } finally {
        await context.close();
      }
    },
    close: () => browser.close(),
  };
}

/** WebKitGTK's MiniBrowser through WebKitWebDriver, a new session (so a first visit) for every load. */
async function webkitEngine(errors) {
  const started = await startWebKitDriver();
  let version = 'WebKitGTK';
  return {
    get version() {
      return version;
    },
    async visit(url, viewport) {
      const driver = await remote({ ...started.connection, logLevel: 'error', capabilities: webkitCapabilities() });
      try {
        version = `WebKitGTK ${driver.capabilities.browserVersion ?? ''}`.trim();
        await fitViewport(driver, viewport.width, viewport.height);
        await driver.navigateTo(url);
        await untilSettled(() => driver.execute(SETTLED));
        await sleep(QUIET_MS);
        const result = await driver.execute(COLLECT);
        const pageErrors = await driver.execute('return window.__benchErrors ?? []');
        for (const message of pageErrors) errors.add(`WebKitGTK ${new URL(url).pathname}: ${message}`);
        return result;
      } finally {
        await driver.deleteSession();
      }
    },
    close: async () => started.stop(),
  };
}

const total = (shifts) => (shifts ?? []).reduce((sum, shift) => sum + shift.value, 0);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * Loads each page `runs` times at each viewport in each engine, with the
 * server holding back the demo's JSON for `delayMs`. Returns, per page,
 * viewport and engine: the worst load's score and shifts, the median, and
 * how many loads moved at all.
 */
export async function measureLayoutShift({ server, engines, pages, delayMs, errors = new Set() }) {
  const results = [];
  const versions = {};
  server.inject = '<script src="/bench/shift-recorder.js"></script><script>window.__benchErrors=[];addEventListener("error",(e)=>__benchErrors.push(String(e.message)))</script>';
  server.delays.set('/demo/data/', delayMs);
  try {
    for (const name of engines) {
      const engine = name === 'webkit' ? await webkitEngine(errors) : await puppeteerEngine(name, errors);
      try {
        for (const { path, viewports, runs } of pages) {
          for (const viewport of viewports) {
            const loads = [];
            for (let run = 0; run < runs; run++) {
              const { sampled, native } = await engine.visit(`${server.origin}${path}`, viewport);
              loads.push({ cls: total(sampled), shifts: sampled ?? [], native: native ? total(native) : undefined });
            }
            const worst = loads.reduce((a, b) => (b.cls > a.cls ? b : a));
            const nativeLoads = loads.filter((load) => load.native !== undefined);
            results.push({
              engine: name,
              path,
              viewport,
              runs,
              worst,
              median: median(loads.map((load) => load.cls)),
              shifted: loads.filter((load) => load.shifts.length).length,
              nativeWorst: nativeLoads.length ? Math.max(...nativeLoads.map((load) => load.native)) : undefined,
            });
          }
        }
        versions[name] = engine.version;
      } finally {
        await engine.close();
      }
    }
  } finally {
    server.inject = '';
    server.delays.clear();
  }
  return { results, versions };
}
