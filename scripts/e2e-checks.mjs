/**
 * What the end-to-end scripts (e2e-bundle, e2e-csp, e2e-kiosk) share: numbered checks printed as
 * `ok` / `FAIL` lines, a fatal stop, an overall time-out, and the closing summary line
 * (`<name>: ok, N checks passed in T s`, or the failures and exit code 1).
 */
export function e2eChecks(name) {
  const started = Date.now();
  const failures = [];
  let count = 0;
  const seconds = (since = started) => `${((Date.now() - since) / 1000).toFixed(1)} s`;
  return {
    seconds,
    /** Records and prints one check; returns `ok`. */
    check(ok, what, detail = '') {
      count++;
      if (ok) console.log(`  ok   ${what}`);
      else {
        failures.push(`${what}${detail ? `: ${detail}` : ''}`);
        console.log(`  FAIL ${what}${detail ? `: ${detail}` : ''}`);
      }
      return ok;
    },
    /** Stops at once (before any check could run). */
    fatal(message) {
      console.error(`${name}: ${message}`);
      process.exit(1);
    },
    /** Stops the run after `ms` whatever it is doing. Returns the timer (unref'd). */
    guard(ms) {
      const timer = setTimeout(() => {
        console.error(`${name}: timed out after ${seconds()}`);
        process.exit(1);
      }, ms);
      timer.unref?.();
      return timer;
    },
    /** Records an exception that ended the run early. */
    unexpected(error) {
      failures.push(`unexpected error: ${error instanceof Error ? error.stack || error.message : String(error)}`);
    },
    /** Prints the summary line and exits with 1 when a check failed. */
    finish() {
      if (failures.length) {
        console.error(`\n${name}: FAILED (${failures.length} of ${count} checks) in ${seconds()}:`);
        for (const f of failures) console.error(`  - ${f}`);
        process.exit(1);
      }
      console.log(`${name}: ok, ${count} checks passed in ${seconds()}`);
    },
  };
}
