import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countReporter } from './tests/count-reporter.mjs';
import { fixtureMiddleware } from './tests/fixture-server.mjs';
import { cspMiddleware } from './demo/csp.mjs';
import { mediaFeaturesPlugin } from './tests/media-plugin.mjs';
import { dialogPlugin } from './tests/dialog-plugin.mjs';
import { openTabPlugin, staticHostMiddleware } from './tests/static-host.mjs';

// Debian's Chromium, never a downloaded browser. As root it needs --no-sandbox;
// the rest keep it from calling home on a machine with no network.
const args = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
  // Test files run in parallel tabs; background tabs must still get frames and ResizeObserver callbacks.
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--disable-background-timer-throttling',
];

export default {
  rootDir: '.',
  files: ['tests/**/*.test.ts'],
  nodeResolve: { exportConditions: ['production', 'default'] },
  middleware: [cspMiddleware(), fixtureMiddleware(), staticHostMiddleware()],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), mediaFeaturesPlugin(), dialogPlugin(), openTabPlugin()],
  // One page at a time: keyboard, focus and frame timing tests need the page in front.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countReporter()],
};
