/**
 * A @web/test-runner reporter that prints one plain `N passed, N failed[, N skipped]` line as
 * the very last line of output, for CI log readers. A test file that failed to load counts as
 * one failure.
 */
export function countReporter() {
  const count = (suite, acc) => {
    if (!suite) return acc;
    for (const t of suite.tests) {
      if (t.skipped) acc.skipped++;
      else if (t.passed) acc.passed++;
      else acc.failed++;
    }
    for (const s of suite.suites) count(s, acc);
    return acc;
  };
  return {
    stop({ sessions }) {
      const acc = { passed: 0, failed: 0, skipped: 0 };
      for (const s of sessions) {
        count(s.testResults, acc);
        const empty = !s.testResults?.tests.length && !s.testResults?.suites.length;
        if (s.errors?.length && empty) acc.failed++;
      }
      const skipped = acc.skipped ? `, ${acc.skipped} skipped` : '';
      // At process exit, so it comes after the default reporter's final redraw.
      process.once('exit', () => process.stdout.write(`${acc.passed} passed, ${acc.failed} failed${skipped}\n`));
    },
  };
}
