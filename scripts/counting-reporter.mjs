// A @web/test-runner reporter that counts passed and failed tests across all files and writes the totals to
// the JSON file named by RIVULET_COUNTS, so that `npm test` can print one total for every suite it ran.
import { writeFileSync } from "node:fs";

function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) counts.skipped += 1;
    else if (test.passed) counts.passed += 1;
    else counts.failed += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

/** Reporter factory for the web-test-runner config. */
export function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0, skipped: 0 };
      for (const session of sessions) {
        if (session.testResults) countSuite(session.testResults, counts);
        // A file that failed to load or threw outside a test has errors but no failed test: count it once.
        const broken = (session.errors?.length ?? 0) > 0 || (!session.passed && !session.testResults);
        if (broken) counts.failed += 1;
      }
      if (process.env.RIVULET_COUNTS) writeFileSync(process.env.RIVULET_COUNTS, JSON.stringify(counts));
    },
  };
}
