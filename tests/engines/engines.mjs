// The three engines the suite runs in, each from a Debian package, never a
// downloaded browser: Chromium (chromium), Firefox ESR (firefox-esr) and
// WebKitGTK (webkit2gtk-driver). Readers meet these widgets on iPhones
// (WebKit), in Firefox and in Chrome.
//
// Which engines run: `--engine=firefox` on the command line (several with
// commas, or the option repeated), else CSO_ENGINES=firefox,webkit, else all
// three, in the order below.
import { chromeLauncher, puppeteerCore } from '@web/test-runner-chrome';
import { webkitLauncher } from './webkit.mjs';

export const ENGINES = ['chromium', 'firefox', 'webkit'];

export const CHROMIUM = process.env.CHROME_PATH || '/usr/bin/chromium';
export const FIREFOX = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';

/** The engines asked for, in ENGINES order; throws on a name it does not know. */
export function selectedEngines(argv = process.argv, env = process.env) {
  const fromArgs = [];
  argv.forEach((arg, i) => {
    if (arg.startsWith('--engine=')) fromArgs.push(arg.slice('--engine='.length));
    else if (arg === '--engine' && argv[i + 1]) fromArgs.push(argv[i + 1]);
  });
  const asked = (fromArgs.length ? fromArgs.join(',') : env.CSO_ENGINES || '')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean)
    .map((name) => ({ chrome: 'chromium', ff: 'firefox', 'firefox-esr': 'firefox', webkitgtk: 'webkit', safari: 'webkit' })[name] ?? name);
  const unknown = asked.filter((name) => !ENGINES.includes(name));
  if (unknown.length) throw new Error(`Unknown engine ${unknown.join(', ')}: use ${ENGINES.join(', ')} (several with commas)`);
  return asked.length ? ENGINES.filter((name) => asked.includes(name)) : [...ENGINES];
}

// Debian's Chromium. As root it needs --no-sandbox; the rest keep it from
// calling home on a machine with no network.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // Background tabs must still get frames and ResizeObserver callbacks.
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-background-timer-throttling',
];

// Firefox takes fontconfig's DejaVu by default; Liberation is what Debian's
// Chromium and our WebKit use, so text measures alike in every engine.
export const FIREFOX_PREFS = {
  'font.name.serif.x-western': 'Liberation Serif',
  'font.name.sans-serif.x-western': 'Liberation Sans',
  'font.name.monospace.x-western': 'Liberation Mono',
  // Nothing calls home.
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'browser.safebrowsing.update.enabled': false,
  // Background tabs must still get frames.
  'dom.min_background_timeout_value': 0,
};

function chromium() {
  const launcher = chromeLauncher({ launchOptions: { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS } });
  launcher.name = 'Chromium';
  return launcher;
}

function firefox() {
  // puppeteer-core drives Firefox over WebDriver BiDi; @web/test-runner-chrome
  // launches it when given puppeteer-core itself (no new npm package).
  // -remote-allow-system-access lets the media-features command set prefs (tests/media-plugin.mjs).
  const launcher = chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: { browser: 'firefox', executablePath: FIREFOX, headless: true, args: ['-remote-allow-system-access'], extraPrefsFirefox: FIREFOX_PREFS },
  });
  launcher.name = 'Firefox';
  return launcher;
}

const LAUNCHERS = { chromium, firefox, webkit: webkitLauncher };

/** One web-test-runner launcher per engine asked for. */
export function launchersFor(engines) {
  return engines.map((name) => LAUNCHERS[name]());
}

/** The engine a web-test-runner session ran in, from its launcher's name. */
export function engineOf(browser) {
  const name = String(browser?.name ?? '').toLowerCase();
  if (name.includes('firefox')) return 'firefox';
  if (name.includes('webkit')) return 'webkit';
  return 'chromium';
}
