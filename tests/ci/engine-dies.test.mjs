// .ci/run's closing lines when an engine dies mid-run (node --test; run by `npm test`).
//
// The count reporter (tests/count-reporter.mjs) is driven as web-test-runner
// drives it: a real TestSessionManager, sessions for three engines, each test
// file's session going to "finished" with its results. Then Firefox dies
// after its first file and the runner never reaches its end-of-run hook, as
// when a browser crashes or the run is killed. What .ci/run prints from the
// summary on disk (scripts/ci-summary.mjs) must still add up: what each
// engine passed and failed before it died, that engine named as not finished
// and counted as a failure, and a non-zero exit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { SESSION_STATUS, TestSessionManager } from '@web/test-runner';
import { countReporter } from '../count-reporter.mjs';

const SUMMARISE = new URL('../../scripts/ci-summary.mjs', import.meta.url).pathname;
const FILES = ['/repo/tests/a.test.ts', '/repo/tests/b.test.ts', '/repo/tests/c.test.ts'];
const BROWSERS = [{ name: 'Chromium' }, { name: 'Firefox' }, { name: 'WebKit' }];

/** Results of one test file: `passed` passing tests, then `failed` failing ones. */
function results(passed, failed) {
  const tests = [
    ...Array.from({ length: passed }, (_, i) => ({ name: `passes ${i}`, passed: true, skipped: false })),
    ...Array.from({ length: failed }, (_, i) => ({ name: `fails ${i}`, passed: false, skipped: false, error: { message: 'no' } })),
  ];
  return { name: '', suites: [{ name: 'a suite', suites: [], tests }], tests: [] };
}

/** A run of the three engines in a fresh directory, with the reporter started as the runner starts it. */
function run() {
  const dir = mkdtempSync(join(tmpdir(), 'cso-ci-summary-'));
  const sessions = BROWSERS.flatMap((browser) =>
    FILES.map((testFile) => ({ id: `${browser.name} ${testFile}`, testFile, browser, status: SESSION_STATUS.SCHEDULED, errors: [], logs: [], request404s: [], testRun: 0, debug: false })),
  );
  const manager = new TestSessionManager([], sessions);
  const reporter = countReporter({ file: join(dir, '.wtr-summary.json') });
  reporter.start?.({ config: {}, sessions: manager, browsers: BROWSERS, browserNames: BROWSERS.map((b) => b.name), testFiles: FILES, startTime: Date.now() });
  /** One engine's test file runs to the end with these results. */
  const finish = (browserName, fileIndex, passed, failed) => {
    const session = manager.get(`${browserName} ${FILES[fileIndex]}`);
    manager.updateStatus(session, SESSION_STATUS.TEST_STARTED);
    manager.updateStatus({ ...manager.get(session.id), testResults: results(passed, failed), passed: failed === 0 }, SESSION_STATUS.FINISHED);
  };
  /** A test file that started in a browser that then died: never finished. */
  const start = (browserName, fileIndex) => manager.updateStatus(manager.get(`${browserName} ${FILES[fileIndex]}`), SESSION_STATUS.TEST_STARTED);
  /** .ci/run's closing step, with a smoke summary beside it: its lines and exit code. */
  const summarise = async (smoke = { passed: 2, failed: 0 }) => {
    mkdirSync(join(dir, 'smoke/.work'), { recursive: true });
    writeFileSync(join(dir, 'smoke/.work/summary.json'), JSON.stringify(smoke));
    const done = await promisify(execFile)('node', [SUMMARISE], { cwd: dir, env: { ...process.env, CSO_ENGINES: '' } }).then(
      ({ stdout }) => ({ code: 0, stdout }),
      (error) => ({ code: error.code, stdout: error.stdout }),
    );
    rmSync(dir, { recursive: true, force: true });
    return { code: done.code, lines: done.stdout.trim().split('\n') };
  };
  return { reporter, manager, finish, start, summarise };
}

test('Firefox dies after its first test file and the runner never ends: what passed before is counted, Firefox did not finish, the run failed', async () => {
  const { finish, start, summarise } = run();
  finish('Chromium', 0, 3, 0);
  finish('Chromium', 1, 4, 0);
  finish('Chromium', 2, 2, 0);
  finish('Firefox', 0, 3, 1);
  start('Firefox', 1);
  // The browser is gone: no more results, and no end-of-run hook.
  const { code, lines } = await summarise();
  assert.deepEqual(lines, [
    'Chromium: 9 passed, 0 failed',
    'Firefox ESR: 3 passed, 1 failed; did not finish (1 of 3 test files)',
    'WebKitGTK: did not run',
    'Smoke tests: 2 passed, 0 failed',
    '14 passed, 3 failed',
  ]);
  assert.notEqual(code, 0);
});

test('every engine finishes: one line per engine and a closing line that adds them up, exit 0', async () => {
  const { reporter, manager, finish, summarise } = run();
  for (const browser of BROWSERS) for (const i of [0, 1, 2]) finish(browser.name, i, 2, 0);
  reporter.onTestRunFinished({ testRun: 0, sessions: [...manager.all()] });
  const { code, lines } = await summarise();
  assert.deepEqual(lines, ['Chromium: 6 passed, 0 failed', 'Firefox ESR: 6 passed, 0 failed', 'WebKitGTK: 6 passed, 0 failed', 'Smoke tests: 2 passed, 0 failed', '20 passed, 0 failed']);
  assert.equal(code, 0);
});
