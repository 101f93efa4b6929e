import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './tests/count-reporter.mjs';
import { fixtureMiddleware } from './tests/fixture-server.mjs';
import { ssrPageMiddleware } from './tests/ssr/middleware.mjs';
import { cspMiddleware } from './demo/csp.mjs';
import { mediaFeaturesPlugin } from './tests/media-plugin.mjs';
import { dialogPlugin } from './tests/dialog-plugin.mjs';
import { zoomPlugin } from './tests/zoom-plugin.mjs';
import { screenshotPlugin } from './tests/screenshot-plugin.mjs';
import { openTabPlugin, staticHostMiddleware } from './tests/static-host.mjs';
import { skipReasonPlugin } from './tests/engines/skips.mjs';
import { launchersFor, selectedEngines } from './tests/engines/engines.mjs';

// Every test runs in Chromium, Firefox ESR and WebKitGTK, each from a Debian
// package (tests/engines/engines.mjs). One engine alone:
//   npm test -- --engine=firefox      or   CSO_ENGINES=webkit npm test
const engines = selectedEngines();

export default {
  rootDir: '.',
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'default'] },
  middleware: [cspMiddleware(), fixtureMiddleware(), ssrPageMiddleware(), staticHostMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), mediaFeaturesPlugin(), dialogPlugin(), zoomPlugin(), screenshotPlugin(), openTabPlugin(), skipReasonPlugin()],
  // One page at a time, one engine after another: keyboard, focus and frame
  // timing tests need the page in front, and two engines would fight over the cores.
  concurrency: 1,
  concurrentBrowsers: 1,
  testFramework: { config: { timeout: 10000 } },
  // WebKitGTK's first page waits for Xvfb, WebKitWebDriver and MiniBrowser to start.
  browserStartTimeout: 60000,
  browsers: launchersFor(engines),
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
