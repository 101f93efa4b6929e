// A web-test-runner command that emulates CSS media features (forced-colors,
// prefers-reduced-motion, prefers-color-scheme) in the engine the test runs in.
//
// - Chromium: the DevTools Protocol's Emulation.setEmulatedMedia, which also
//   offers forced-colors (the stock emulateMedia command does not).
// Every engine's emulation is checked by the test (tests/elements/engine.ts):
// the page must match the features before the test goes on.
// - Firefox: no DevTools Protocol. The same features are Firefox prefs, set in
//   the browser's chrome scope over WebDriver BiDi (Firefox is started with
//   -remote-allow-system-access). The prefs are browser-wide, which is fine:
//   tests run one page at a time.
// - WebKitGTK: WebDriver has no way to emulate media features. The command
//   answers { unsupported: reason }, and the test skips itself with that
//   reason (tests/elements/media.ts), which the run prints and counts.
import { engineOf } from './engines/engines.mjs';

export const WEBKIT_NO_MEDIA = 'WebKitGTK cannot emulate media features (forced colours, reduced motion) over WebDriver';

/** Firefox prefs for each media feature value; `undefined` clears the pref (the system's setting). */
const FIREFOX_PREFS = {
  'forced-colors': { pref: 'browser.display.document_color_use', values: { active: 2, none: undefined } },
  'prefers-reduced-motion': { pref: 'ui.prefersReducedMotion', values: { reduce: 1, 'no-preference': 0 } },
  'prefers-color-scheme': { pref: 'layout.css.prefers-color-scheme.content-override', values: { dark: 0, light: 1 } },
};

/**
 * Runs `lines` (JavaScript) in Firefox's chrome scope over WebDriver BiDi, where
 * `Services.prefs` sets the browser's prefs (Firefox is started with
 * -remote-allow-system-access). Also used by touch emulation (dialog-plugin.mjs).
 */
export async function firefoxChromeScript(page, lines) {
  const connection = page.browser().connection;
  // puppeteer's BiDi connection answers with the whole message: { type, id, result }.
  const { contexts } = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' })).result;
  if (!contexts?.length) throw new Error('Firefox gave no chrome context: was it started with -remote-allow-system-access?');
  const { result: evaluated } = await connection.send('script.evaluate', {
    expression: `(() => { ${lines.join(' ')} return true; })()`,
    target: { context: contexts[0].context },
    awaitPromise: false,
    'moz:scope': 'chrome',
  });
  if (evaluated.type === 'exception') throw new Error(`Firefox chrome script: ${JSON.stringify(evaluated.exceptionDetails?.text ?? evaluated)}`);
}

async function firefoxPrefs(page, features) {
  const wanted = new Map(features.map(({ name, value }) => [name, value]));
  const lines = [];
  for (const [name, { pref, values }] of Object.entries(FIREFOX_PREFS)) {
    const value = wanted.has(name) ? values[wanted.get(name)] : undefined;
    if (wanted.has(name) && !(wanted.get(name) in values)) throw new Error(`media-features: no Firefox pref for ${name}: ${wanted.get(name)}`);
    lines.push(value === undefined ? `Services.prefs.clearUserPref(${JSON.stringify(pref)});` : `Services.prefs.setIntPref(${JSON.stringify(pref)}, ${value});`);
  }
  for (const name of wanted.keys()) if (!(name in FIREFOX_PREFS)) throw new Error(`media-features: Firefox cannot emulate ${name}`);
  await firefoxChromeScript(page, lines);
}

const cdpSessions = new WeakMap();

export function mediaFeaturesPlugin() {
  return {
    name: 'media-features-command',
    async executeCommand({ command, payload, session }) {
      if (command !== 'media-features') return undefined;
      const features = payload ?? [];
      switch (engineOf(session.browser)) {
        case 'webkit':
          return { unsupported: WEBKIT_NO_MEDIA };
        case 'firefox':
          await firefoxPrefs(session.browser.getPage(session.id), features);
          return true;
        default: {
          // One DevTools session per page, kept open: detaching it drops the emulation it set.
          const page = session.browser.getPage(session.id);
          if (!cdpSessions.has(page)) cdpSessions.set(page, await page.createCDPSession());
          await cdpSessions.get(page).send('Emulation.setEmulatedMedia', { features });
          return true;
        }
      }
    },
  };
}
