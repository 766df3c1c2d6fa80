import { describe, expect, test } from "vitest";
import { OutputLedger, runOutputChecks } from "../../safety/output/run-output-checks.ts";
import type { OutputCheck } from "../../safety/output/types.ts";
import type { CheckContext } from "../../safety/types.ts";
import { outputContext } from "./output-context.ts";

const base: CheckContext = {
  text: "",
  history: [],
  locale: "en-US",
  contacts: { region: "US", emergencyNumber: "911", crisisLines: [] },
  now: new Date("2026-01-01T00:00:00Z"),
};
const allow: OutputCheck = {
  id: "output.fast",
  version: "1",
  budgetMs: 50,
  run: () => ({ verdict: "allow", ruleIds: [], result: { reasons: [] } }),
};

describe("running output checks", () => {
  test("a check that throws fails closed and is recorded with stage output", async () => {
    const throwing: OutputCheck = {
      ...allow,
      id: "output.broken",
      run: () => {
        throw new Error("bug");
      },
    };
    const ledger = new OutputLedger();
    const run = await runOutputChecks([allow, throwing], outputContext("Rest."), base, ledger);
    expect(run).toMatchObject({ blocked: true, ruleIds: ["system.check_failed"] });
    expect(ledger.list()).toEqual([
      expect.objectContaining({ stage: "output", checkId: "output.fast", verdict: "allow" }),
      expect.objectContaining({
        stage: "output",
        checkId: "output.broken",
        verdict: "error",
        failure: "exception",
      }),
    ]);
  });

  test("a fast check is not failed for other work the server does while it is awaited", async () => {
    // Another conversation's work, continuing in the microtask queue meanwhile.
    const busy = Promise.resolve().then(() => {
      const until = performance.now() + 120;
      while (performance.now() < until) {}
    });
    const run = await runOutputChecks([allow], outputContext("Rest."), base, new OutputLedger());
    await busy;
    expect(run.blocked).toBe(false);
  });

  test("keeps one ledger entry per check per turn: the worst verdict and every rule", async () => {
    const ledger = new OutputLedger();
    const blocking: OutputCheck = {
      ...allow,
      id: "output.picky",
      run: (ctx) =>
        ctx.text.includes("bad")
          ? { verdict: "block", ruleIds: ["output.picky.bad"], result: { reasons: [] } }
          : { verdict: "allow", ruleIds: [], result: { reasons: [] } },
    };
    await runOutputChecks([blocking], outputContext("fine."), base, ledger);
    await runOutputChecks([blocking], outputContext("bad."), base, ledger);
    await runOutputChecks([blocking], outputContext("fine again."), base, ledger);
    expect(ledger.list()).toEqual([
      expect.objectContaining({
        checkId: "output.picky",
        verdict: "block",
        ruleIds: ["output.picky.bad"],
      }),
    ]);
  });
});
