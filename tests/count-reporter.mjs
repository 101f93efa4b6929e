// Writes the run's totals to .wtr-summary.json, so .ci/run can close with a
// plain "N passed, N failed" line taken from the runner's own results.
import { writeFileSync } from 'node:fs';

function count(suite, totals) {
  for (const test of suite.tests) {
    if (test.skipped) totals.skipped++;
    else if (test.passed) totals.passed++;
    else totals.failed++;
  }
  for (const child of suite.suites) count(child, totals);
}

export function countReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const totals = { passed: 0, failed: 0, skipped: 0, sessionErrors: 0 };
      for (const session of sessions) {
        if (session.testResults) count(session.testResults, totals);
        // A file that failed to load, or threw outside a test, is a failure too.
        if (!session.passed && (session.errors?.length ?? 0) > 0) totals.sessionErrors += session.errors.length;
      }
      totals.failed += totals.sessionErrors;
      // A failing file whose failure is not a test result (an error between tests,
      // an uncaught error, a browser crash) must still count as a failure.
      const failedSessions = sessions.filter((session) => !session.passed).length;
      if (totals.failed === 0 && failedSessions > 0) totals.failed = failedSessions;
      writeFileSync('.wtr-summary.json', JSON.stringify(totals));
    },
  };
}
