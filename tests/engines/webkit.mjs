// WebKitGTK for web-test-runner, from Debian packages only: webkit2gtk-driver
// (WebKitWebDriver and MiniBrowser), xvfb (a display) and xdotool (real keys).
//
// Why a launcher of our own around @web/test-runner-webdriver:
// - MiniBrowser needs an X display. We start Xvfb on a free display number
//   (-displayfd), so a developer runs `npm test` as they would for the other
//   engines, without wrapping it in xvfb-run.
// - WebKitWebDriver allows one session at a time; we start our own on a free
//   port, so two runs on one machine never take each other's session, and stop
//   it with the run.
// - @web/test-runner-commands' setViewport and sendKeys refuse (or mistype)
//   webdriver launchers. This launcher reports its type as 'puppeteer' and
//   hands those commands a small page object that does the same over
//   WebDriver, with keys typed as real X key events (xdotool): WebDriver's
//   synthetic keys do not set :focus-visible in WebKitGTK, so a keyboard
//   user's focus ring could not be tested with them.
import { spawn, execFile } from 'node:child_process';
import { createServer } from 'node:net';
import { promisify } from 'node:util';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const run = promisify(execFile);

export const MINIBROWSER = process.env.MINIBROWSER_PATH || '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
export const WEBKIT_DRIVER = process.env.WEBKIT_WEBDRIVER_PATH || '/usr/bin/WebKitWebDriver';

/** Puppeteer's key names (as the tests use them) → X keysyms. */
const KEYSYMS = {
  ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right',
  Enter: 'Return', Escape: 'Escape', Tab: 'Tab', Backspace: 'BackSpace', Delete: 'Delete',
  Home: 'Home', End: 'End', PageUp: 'Prior', PageDown: 'Next', Space: 'space', ' ': 'space',
  Shift: 'Shift_L', Control: 'Control_L', Alt: 'Alt_L', Meta: 'Super_L',
};
const keysym = (key) => {
  if (KEYSYMS[key]) return KEYSYMS[key];
  // Puppeteer's modifier chords, e.g. "Shift+Tab".
  if (key.includes('+') && key.length > 1) return key.split('+').map(keysym).join('+');
  if (/^Key[A-Z]$/.test(key)) return key.slice(3).toLowerCase();
  if (/^Digit[0-9]$/.test(key)) return key.slice(5);
  return key;
};

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display and resolves with its name (":N"). */
function startXvfb() {
  return new Promise((resolve, reject) => {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', '1920x1600x24', '-nolisten', 'tcp'], {
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let number = '';
    let stderr = '';
    xvfb.stderr.on('data', (chunk) => (stderr += chunk));
    xvfb.on('error', (error) => reject(new Error(`Xvfb could not start (apt-get install xvfb): ${error.message}`)));
    xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before it had a display: ${stderr.trim()}`)));
    xvfb.stdio[3].on('data', (chunk) => {
      number += chunk;
      if (number.includes('\n')) resolve({ process: xvfb, display: `:${number.trim()}` });
    });
  });
}

/** MiniBrowser's arguments: automation, and the same default fonts as Debian's Chromium and our Firefox. */
export const MINIBROWSER_ARGS = [
  '--automation',
  // Tests open windows of their own (window.open), as Chromium and Firefox under automation allow.
  '--javascript-can-open-windows-automatically=true',
  '--default-font-family=Liberation Serif',
  '--serif-font-family=Liberation Serif',
  '--sans-serif-font-family=Liberation Sans',
  '--monospace-font-family=Liberation Mono',
];

/** WebDriver capabilities for MiniBrowser (webdriverio's `capabilities`). */
export function webkitCapabilities(args = MINIBROWSER_ARGS) {
  return {
    browserName: 'MiniBrowser',
    'wdio:enforceWebDriverClassic': true,
    'webkitgtk:browserOptions': { binary: MINIBROWSER, args },
  };
}

/**
 * Starts Xvfb on a free display and WebKitWebDriver on a free port, for this
 * run alone. Resolves with where to connect (webdriverio's hostname/port)
 * and `stop()`.
 */
export async function startWebKitDriver() {
  const xvfb = await startXvfb();
  const port = await freePort();
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`, '--replace-on-new-session'], {
    stdio: 'ignore',
    env: { ...process.env, DISPLAY: xvfb.display },
  });
  driver.on('error', () => {});
  try {
    await waitForDriver(port, driver);
  } catch (error) {
    driver.kill();
    xvfb.process.kill();
    throw error;
  }
  const stop = () => {
    driver.kill();
    xvfb.process.kill();
  };
  // A run stopped midway (Ctrl-C, a CI timeout) leaves no display or driver behind.
  process.once('exit', stop);
  return {
    display: xvfb.display,
    connection: { hostname: '127.0.0.1', port, protocol: 'http', path: '/' },
    stop() {
      process.off('exit', stop);
      stop();
    },
  };
}

/** Sizes MiniBrowser's window so that its viewport is width × height CSS px (WebDriver sizes the whole window). */
export async function fitViewport(driver, width, height) {
  for (let attempt = 0; attempt < 3; attempt++) {
    const [innerWidth, innerHeight] = await driver.execute('return [window.innerWidth, window.innerHeight]');
    if (innerWidth === width && innerHeight === height) return;
    const { width: outerWidth, height: outerHeight } = await driver.getWindowSize();
    await driver.setWindowSize(outerWidth + width - innerWidth, outerHeight + height - innerHeight);
  }
}

async function waitForDriver(port, driver) {
  for (let i = 0; i < 100; i++) {
    if (driver.exitCode !== null) throw new Error(`WebKitWebDriver exited (${driver.exitCode})`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`WebKitWebDriver did not answer on port ${port}`);
}

export class WebKitLauncher extends WebdriverLauncher {
  constructor({ args = MINIBROWSER_ARGS } = {}) {
    super({ logLevel: 'error', capabilities: webkitCapabilities(args) });
    // Commands written for puppeteer pages (setViewport, sendKeys, sendMouse) get the page object below.
    this.type = 'puppeteer';
  }

  async initialize(config, testFiles) {
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  /** Xvfb and WebKitWebDriver start with the first test file, not when the run is configured. */
  async startSession(id, url) {
    this.started ??= startWebKitDriver().then((started) => {
      this.display = started.display;
      Object.assign(this.options, started.connection);
      return started;
    });
    await this.started;
    return super.startSession(id, url);
  }

  async stop() {
    await super.stop();
    (await this.started?.catch(() => undefined))?.stop();
  }

  /** The X window MiniBrowser draws the test page in, focused so that real key events reach it. */
  async #focusWindow() {
    const env = { ...process.env, DISPLAY: this.display };
    if (!this.window) {
      const { stdout } = await run('xdotool', ['search', '--onlyvisible', '--class', 'MiniBrowser'], { env });
      const windows = stdout.trim().split('\n').filter(Boolean);
      if (!windows.length) throw new Error('xdotool found no MiniBrowser window');
      this.window = windows[windows.length - 1];
    }
    await run('xdotool', ['windowfocus', '--sync', this.window], { env });
    return env;
  }

  async #xdotool(...args) {
    const env = await this.#focusWindow();
    await run('xdotool', args, { env });
    // X events reach the web process asynchronously; let a frame pass so the page has handled them.
    await this.driver.execute('return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)))');
  }

  /**
   * Zooms the page with MiniBrowser's own keys, as a reader does: Ctrl and 0
   * back to 100 %, then Ctrl and = once per step of 1.2 (its zoom step), as
   * near the factor as the steps come. Answers the zoom applied.
   */
  async zoom(sessionId, factor) {
    if (!this.isActive(sessionId)) throw new Error(`Could not find a session ${sessionId}`);
    await this.#xdotool('key', 'ctrl+0');
    const steps = Math.round(Math.log(factor) / Math.log(1.2));
    for (let i = 0; i < Math.abs(steps); i++) await this.#xdotool('key', steps > 0 ? 'ctrl+equal' : 'ctrl+minus');
    return 1.2 ** steps;
  }

  /** Keys held down with keyboard.down, as puppeteer tracks them. */
  held = new Set();

  /**
   * A capital letter while Shift is held is the letter's own key: xdotool
   * would otherwise press and release Shift around it, and those extra Shift
   * releases are exactly what quick exit counts.
   */
  #letter(key) {
    return /^[A-Z]$/.test(key) && this.held.has('Shift') ? key.toLowerCase() : keysym(key);
  }

  getPage(sessionId) {
    if (!this.isActive(sessionId)) throw new Error(`Could not find a page for session ${sessionId}`);
    const driver = this.driver;
    const launcher = this;
    const button = (name = 'left') => ({ left: 0, middle: 1, right: 2 })[name];
    return {
      setViewport: ({ width, height }) => fitViewport(driver, width, height),
      // WebDriver's Take Screenshot: the window's viewport, a PNG in base64 (as puppeteer's with encoding: 'base64').
      screenshot: () => driver.takeScreenshot(),
      keyboard: {
        press: (key) => launcher.#xdotool('key', launcher.#letter(key)),
        down: (key) => {
          launcher.held.add(key);
          return launcher.#xdotool('keydown', keysym(key));
        },
        up: (key) => {
          launcher.held.delete(key);
          return launcher.#xdotool('keyup', keysym(key));
        },
        type: (text) => launcher.#xdotool('type', '--delay', '10', text),
      },
      mouse: {
        move: (x, y) => launcher.sendMouseMove(sessionId, x, y),
        click: (x, y, options = {}) => launcher.sendMouseClick(sessionId, x, y, options.button),
        down: (options = {}) => driver.performActions([{ type: 'pointer', id: 'finger1', actions: [{ type: 'pointerDown', button: button(options.button) }] }]),
        up: (options = {}) => driver.performActions([{ type: 'pointer', id: 'finger1', actions: [{ type: 'pointerUp', button: button(options.button) }] }]),
        reset: () => launcher.resetMouse(sessionId),
      },
    };
  }
}

/** WebKitGTK's MiniBrowser for web-test-runner. */
export function webkitLauncher() {
  return new WebKitLauncher();
}
