import { defineConfig } from "vitest/config";
import { PlainSummaryReporter } from "./test/support/plain-summary-reporter.ts";

// Projects run in one process pool; PGlite costs ~0.7 GB per worker, so two workers on this 2-core box.
export default defineConfig({
  test: {
    reporters: ["default", new PlainSummaryReporter()],
    maxWorkers: 2,
    testTimeout: 20_000,
    hookTimeout: 60_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/unit/**/*.test.ts"] } },
      { extends: true, test: { name: "safety", include: ["test/safety/**/*.test.ts"] } },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.test.ts"],
          globalSetup: ["./test/support/global-setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["./test/support/global-setup.ts"],
        },
      },
    ],
  },
});
