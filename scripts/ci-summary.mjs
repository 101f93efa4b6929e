// The end of .ci/run: one line per engine, a line for the smoke tests, then
// the closing "N passed, N failed" line (", N skipped" when tests were
// skipped), which counts the browser tests (every engine) and the smoke tests.
// A run that could not count (no summary), or an engine asked for that did
// not run or did not finish, is a failure. Exits non-zero when anything failed.
//
// Reads .wtr-summary.json (tests/count-reporter.mjs) and
// smoke/.work/summary.json (smoke/run.mjs) from the working directory.
import { existsSync, readFileSync } from 'node:fs';

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : { passed: 0, failed: 1 });
const tests = read('.wtr-summary.json');
const smoke = read('smoke/.work/summary.json');
const line = (t) => `${t.passed} passed, ${t.failed} failed` + (t.skipped ? `, ${t.skipped} skipped` : '');
const engines = tests.engines ?? {};
const expected = (process.env.CSO_ENGINES || 'chromium,firefox,webkit')
  .split(',')
  .map((e) => e.trim())
  .filter(Boolean);
for (const name of expected)
  if (!engines[name]) {
    console.log(`${name}: did not run`);
    tests.failed += 1;
  }
// The summary is rewritten as each test file finishes (tests/count-reporter.mjs), so an
// engine whose browser died, or a run stopped midway, still shows what passed and failed
// before that; an engine that did not finish its files is one more failure.
for (const engine of Object.values(engines)) {
  if (engine.finished === false && !engine.filesRun) {
    console.log(`${engine.label}: did not run`);
    tests.failed += 1;
  } else if (engine.finished === false) {
    console.log(`${engine.label}: ${line(engine)}; did not finish (${engine.filesRun} of ${engine.files} test files)`);
    tests.failed += 1;
  } else console.log(`${engine.label}: ${line(engine)}`);
}
console.log(`Smoke tests: ${line(smoke)}`);
console.log(line({ passed: tests.passed + smoke.passed, failed: tests.failed + smoke.failed, skipped: tests.skipped ?? 0 }));
process.exit(tests.failed + smoke.failed ? 1 : 0);
