import type { Reporter, TestModule } from "vitest/node";

// Prints one plain last line, `tests: N passed, N failed, N skipped`, so CI logs show at a glance that
// tests ran. A file that fails on import or in a hook counts as one failure. Under
// CARELINE_REQUIRE_ALL_TESTS=1 any skipped test fails the run.
export class PlainSummaryReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    const skippedNames: string[] = [];
    for (const mod of modules) {
      if (mod.errors().length > 0) failed += 1;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === "passed") passed += 1;
        else if (state === "failed") failed += 1;
        else {
          skipped += 1;
          skippedNames.push(`${mod.moduleId.replace(process.cwd(), ".")} > ${test.fullName}`);
        }
      }
    }
    if (process.env.CARELINE_REQUIRE_ALL_TESTS === "1" && skipped > 0) {
      console.log(`CARELINE_REQUIRE_ALL_TESTS=1 and ${skipped} test(s) were skipped:`);
      for (const name of skippedNames) console.log(`  skipped: ${name}`);
      process.exitCode = 1;
    }
    console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  }
}
