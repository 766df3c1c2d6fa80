import { describe, expect, test } from "vitest";
import { assessInput, type InputChecks } from "../../safety/policy.ts";
import type {
  Check,
  CheckContext,
  CrisisResult,
  TriageLevel,
  TriageResult,
} from "../../safety/types.ts";

const ctx: CheckContext = {
  text: "a message",
  history: [],
  locale: "en-US",
  contacts: {
    region: "US",
    emergencyNumber: "911",
    crisisLines: [{ label: "988 Lifeline", contact: "call or text 988" }],
  },
  now: new Date("2026-11-25T12:00:00Z"),
};

function fixed<R>(
  id: string,
  result: R,
  verdict: "allow" | "flag" | "block" | "escalate" = "allow",
): Check<R> {
  return { id, version: "test", budgetMs: 50, run: () => ({ verdict, ruleIds: [], result }) };
}

function triageAt(level: TriageLevel, ruleId = `input.${level}.example`): Check<TriageResult> {
  return fixed("input.triage", {
    level,
    reasons: level === "info" ? [] : [{ ruleId, text: `${level} reason` }],
  });
}

function checks(overrides: Partial<InputChecks> = {}): InputChecks {
  return {
    triage: triageAt("info"),
    crisis: fixed<CrisisResult>("input.crisis", { tier: null, reasons: [], methodSeeking: false }),
    injection: fixed("input.injection", { detected: false, reasons: [] }),
    scope: fixed("input.scope", { category: null, reasons: [] }),
    phi: fixed("input.phi", { redactedText: "a message", entities: [] }),
    ...overrides,
  };
}

const throwing: Check<TriageResult> = {
  id: "input.triage",
  version: "test",
  budgetMs: 50,
  run: () => {
    throw new Error("rule table corrupt");
  },
};

const hanging: Check<TriageResult> = {
  id: "input.triage",
  version: "test",
  budgetMs: 20,
  run: () => new Promise(() => {}),
};

function slowButEmergency(): Check<TriageResult> {
  return {
    id: "input.triage",
    version: "test",
    budgetMs: 1,
    run: () => {
      const until = performance.now() + 5;
      while (performance.now() < until) {
        // Busy-wait past the budget, as a pathological regex would.
      }
      return {
        verdict: "escalate",
        ruleIds: ["input.emergency.stroke"],
        result: {
          level: "emergency",
          reasons: [{ ruleId: "input.emergency.stroke", text: "stroke" }],
        },
      };
    },
  };
}

describe("input policy", () => {
  test("records one ledger entry per check, in order, with durations", async () => {
    const assessment = await assessInput(ctx, checks());
    expect(assessment.ledger.map((e) => e.checkId)).toEqual([
      "input.triage",
      "input.crisis",
      "input.injection",
      "input.scope",
      "input.phi",
    ]);
    for (const entry of assessment.ledger) expect(entry.durationMs).toBeGreaterThanOrEqual(0);
    expect(assessment.plan).toEqual({ kind: "answer" });
    expect(assessment.escalation).toBeNull();
  });

  test.each([
    ["a check that throws", throwing, "exception"],
    ["a check that never answers", hanging, "timeout"],
  ])(
    "fails closed on %s: escalates, safe fallback, flag check_failed",
    async (_name, triage, failure) => {
      const assessment = await assessInput(ctx, checks({ triage }));
      expect(assessment.checkFailed).toBe(true);
      expect(assessment.plan).toEqual({ kind: "safe_fallback" });
      expect(assessment.flags).toContain("check_failed");
      expect(assessment.level).toBe("urgent");
      expect(assessment.reasons.map((r) => r.ruleId)).toContain("system.check_failed");
      expect(assessment.escalation?.ruleIds).toContain("escalation.check_failed");
      expect(assessment.escalation?.priority).toBe("immediate");
      expect(assessment.ledger[0]).toMatchObject({ verdict: "error", failure });
    },
  );

  test("a failing extra check fails the turn closed too", async () => {
    const extra: Check<unknown> = {
      id: "input.site_rule",
      version: "1",
      budgetMs: 10,
      run: () => Promise.reject(new Error("boom")),
    };
    const assessment = await assessInput(ctx, { ...checks(), extra: [extra] });
    expect(assessment.plan.kind).toBe("safe_fallback");
    expect(assessment.ledger.at(-1)).toMatchObject({
      checkId: "input.site_rule",
      verdict: "error",
    });
  });

  test("keeps a late emergency result: a timeout can only add urgency", async () => {
    const assessment = await assessInput(ctx, checks({ triage: slowButEmergency() }));
    expect(assessment.checkFailed).toBe(true);
    expect(assessment.level).toBe("emergency");
    expect(assessment.plan.kind).toBe("emergency");
    expect(assessment.escalation?.priority).toBe("immediate");
  });

  test.each([
    ["intent", "emergency", "crisis"],
    ["imminent", "emergency", "crisis"],
    ["method", "urgent", "crisis"],
    ["ideation", "urgent", "crisis"],
    ["distress", "routine", "answer"],
  ] as const)(
    "crisis tier %s raises triage to at least %s and plans a %s reply",
    async (tier, level, plan) => {
      const crisis = fixed<CrisisResult>("input.crisis", {
        tier,
        reasons: [{ ruleId: `input.crisis.${tier}`, text: tier }],
        methodSeeking: false,
      });
      const assessment = await assessInput(ctx, checks({ crisis }));
      expect(assessment.level).toBe(level);
      expect(assessment.plan.kind).toBe(plan);
      expect(assessment.flags.includes("crisis")).toBe(tier !== "distress");
    },
  );

  test("method-seeking with no other crisis signal is treated as at least the method tier", async () => {
    const crisis = fixed<CrisisResult>("input.crisis", {
      tier: null,
      reasons: [],
      methodSeeking: true,
    });
    const assessment = await assessInput(ctx, checks({ crisis }));
    expect(assessment.crisis).toEqual({ tier: "method", methodSeeking: true });
    expect(assessment.plan).toEqual({ kind: "crisis", tier: "method", methodSeeking: true });
  });

  test("never lowers a rule's emergency: crisis distress beside an emergency stays emergency", async () => {
    const crisis = fixed<CrisisResult>("input.crisis", {
      tier: "distress",
      reasons: [],
      methodSeeking: false,
    });
    const assessment = await assessInput(ctx, checks({ triage: triageAt("emergency"), crisis }));
    expect(assessment.level).toBe("emergency");
    expect(assessment.plan.kind).toBe("emergency");
  });

  test("an emergency outranks a scope decline and an injection flag", async () => {
    const assessment = await assessInput(
      ctx,
      checks({
        triage: triageAt("emergency"),
        injection: fixed("input.injection", { detected: true, reasons: [] }),
        scope: fixed("input.scope", { category: "diagnosis", reasons: [] }),
      }),
    );
    expect(assessment.plan.kind).toBe("emergency");
    expect(assessment.flags).toEqual(
      expect.arrayContaining(["prompt_injection", "out_of_scope:diagnosis"]),
    );
  });

  test("declines out-of-scope requests when nothing more urgent applies", async () => {
    const assessment = await assessInput(
      ctx,
      checks({ scope: fixed("input.scope", { category: "dosing", reasons: [] }, "block") }),
    );
    expect(assessment.plan).toEqual({ kind: "decline", category: "dosing" });
    expect(assessment.flags).toContain("out_of_scope:dosing");
  });

  test("passes on only the redacted text and flags phi_redacted", async () => {
    const phi = fixed(
      "input.phi",
      { redactedText: "I'm [NAME]", entities: [{ type: "name" as const, start: 4, end: 8 }] },
      "flag",
    );
    const assessment = await assessInput(ctx, checks({ phi }));
    expect(assessment.redactedText).toBe("I'm [NAME]");
    expect(assessment.flags).toContain("phi_redacted");
    expect(assessment.phiTypes).toEqual(["name"]);
  });

  test("lets nothing leave the process when redaction itself fails", async () => {
    const phi: Check<never> = {
      id: "input.phi",
      version: "t",
      budgetMs: 10,
      run: () => Promise.reject(new Error("x")),
    };
    const assessment = await assessInput(ctx, checks({ phi }));
    expect(assessment.redactedText).toBeNull();
    expect(assessment.plan.kind).toBe("safe_fallback");
  });

  test("orders reasons most urgent first", async () => {
    const triage = fixed<TriageResult>("input.triage", {
      level: "emergency",
      reasons: [
        { ruleId: "input.self_care.cold", text: "cold" },
        { ruleId: "input.emergency.stroke", text: "stroke" },
        { ruleId: "input.urgent.uti", text: "uti" },
      ],
    });
    const assessment = await assessInput(ctx, checks({ triage }));
    expect(assessment.reasons.map((r) => r.ruleId)).toEqual([
      "input.emergency.stroke",
      "input.urgent.uti",
      "input.self_care.cold",
    ]);
  });
});
