// Writes the run's totals to .wtr-summary.json, for the whole run and for each
// engine, so .ci/run can print one line per engine and close with a plain
// "N passed, N failed" line taken from the runner's own results
// (scripts/ci-summary.mjs). Also prints every skipped test with the reason
// its engine gave, so no skip is silent.
//
// The totals are written again each time a test file finishes in an engine,
// not only at the end of the run: when a browser dies or the run is stopped,
// the runner never reaches its end-of-run hook, and the summary on disk must
// still say what passed and failed before that, and which engine did not
// finish (`filesRun` of `files`, `finished: false`).
import { writeFileSync } from 'node:fs';
import { SESSION_STATUS } from '@web/test-runner';
import { ENGINES, engineOf } from './engines/engines.mjs';
import { reasonFor } from './engines/skips.mjs';

const LABELS = { chromium: 'Chromium', firefox: 'Firefox ESR', webkit: 'WebKitGTK' };

function count(suite, totals, skipped, path = []) {
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests) {
    if (test.skipped) {
      totals.skipped++;
      skipped.push([...here, test.name]);
    } else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals, skipped, here);
}

/** Each engine's totals over the sessions given: finished files counted, the others only numbered. */
export function tally(sessions) {
  const engines = {};
  const skipLines = [];
  for (const session of sessions) {
    const engine = engineOf(session.browser);
    const totals = (engines[engine] ??= { label: LABELS[engine], passed: 0, failed: 0, skipped: 0, files: 0, filesRun: 0, finished: true });
    totals.files++;
    if (session.status !== SESSION_STATUS.FINISHED) {
      totals.finished = false;
      continue;
    }
    totals.filesRun++;
    const before = totals.failed;
    const skipped = [];
    if (session.testResults) count(session.testResults, totals, skipped);
    for (const title of skipped) {
      const why = reasonFor(session.id, title) ?? 'no reason given (a skip without a reason is a defect)';
      skipLines.push(`${LABELS[engine]}: skipped ${session.testFile.replace(process.cwd() + '/', '')} › ${title.join(' › ')} — ${why}`);
    }
    // A file that failed to load, or threw outside a test, is a failure too.
    if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += session.errors.length;
    // A failing file whose failure is not a test result (an error between tests,
    // an uncaught error, a browser crash) must still count as a failure.
    if (!session.passed && totals.failed === before) totals.failed++;
  }
  const ordered = Object.fromEntries(ENGINES.filter((name) => engines[name]).map((name) => [name, engines[name]]));
  const sum = (key) => Object.values(engines).reduce((total, engine) => total + engine[key], 0);
  return { totals: { passed: sum('passed'), failed: sum('failed'), skipped: sum('skipped'), engines: ordered }, skipLines };
}

export function countReporter({ file = '.wtr-summary.json' } = {}) {
  let started = Date.now();
  const write = (sessions, complete) => {
    const { totals, skipLines } = tally(sessions);
    const { engines, ...sums } = totals;
    writeFileSync(file, JSON.stringify({ ...sums, complete, seconds: Math.round((Date.now() - started) / 1000), engines }, null, 2));
    return skipLines;
  };
  return {
    start({ sessions }) {
      started = Date.now();
      // Every engine asked for is in the summary from the start, none of its files run yet.
      write(sessions.all(), false);
      sessions.on('session-status-updated', (session) => {
        if (session.status === SESSION_STATUS.FINISHED) write(sessions.all(), false);
      });
    },
    onTestRunFinished({ sessions }) {
      const skipLines = write(sessions, true);
      if (skipLines.length) console.log(`\nSkipped, with the reason each engine gave:\n${skipLines.map((line) => `  ${line}`).join('\n')}`);
    },
  };
}
