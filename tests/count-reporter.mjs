// Writes the run's totals to .wtr-summary.json, for the whole run and for each
// engine, so .ci/run can print one line per engine and close with a plain
// "N passed, N failed" line taken from the runner's own results. Also prints
// every skipped test with the reason its engine gave, so no skip is silent.
import { writeFileSync } from 'node:fs';
import { ENGINES, engineOf } from './engines/engines.mjs';
import { skipReasons } from './engines/skips.mjs';

const LABELS = { chromium: 'Chromium', firefox: 'Firefox ESR', webkit: 'WebKitGTK' };

function count(suite, totals, skipped, path = []) {
  const here = suite.name ? [...path, suite.name] : path;
  for (const test of suite.tests) {
    if (test.skipped) {
      totals.skipped++;
      skipped.push([...here, test.name].join(' › '));
    } else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals, skipped, here);
}

export function countReporter() {
  let started = Date.now();
  return {
    start() {
      started = Date.now();
    },
    onTestRunFinished({ sessions }) {
      const engines = {};
      const skipLines = [];
      for (const session of sessions) {
        const engine = engineOf(session.browser);
        const totals = (engines[engine] ??= { label: LABELS[engine], passed: 0, failed: 0, skipped: 0 });
        const before = totals.failed;
        const skipped = [];
        if (session.testResults) count(session.testResults, totals, skipped);
        if (skipped.length) {
          const reasons = [...(skipReasons.get(session.id) ?? [])];
          const why = reasons.length ? reasons.join('; ') : 'no reason given (a skip without a reason is a defect)';
          for (const title of skipped) skipLines.push(`${LABELS[engine]}: skipped ${session.testFile.replace(process.cwd() + '/', '')} › ${title} — ${why}`);
        }
        // A file that failed to load, or threw outside a test, is a failure too.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.failed += session.errors.length;
        // A failing file whose failure is not a test result (an error between tests,
        // an uncaught error, a browser crash) must still count as a failure.
        if (!session.passed && totals.failed === before) totals.failed++;
      }
      const ordered = Object.fromEntries(ENGINES.filter((name) => engines[name]).map((name) => [name, engines[name]]));
      const sum = (key) => Object.values(engines).reduce((total, engine) => total + engine[key], 0);
      const summary = { passed: sum('passed'), failed: sum('failed'), skipped: sum('skipped'), seconds: Math.round((Date.now() - started) / 1000), engines: ordered };
      writeFileSync('.wtr-summary.json', JSON.stringify(summary, null, 2));
      if (skipLines.length) console.log(`\nSkipped, with the reason each engine gave:\n${skipLines.map((line) => `  ${line}`).join('\n')}`);
    },
  };
}
