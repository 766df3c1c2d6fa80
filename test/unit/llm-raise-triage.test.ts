import { describe, expect, test } from "vitest";
import type { TriageOpinion } from "../../prompts/triage-opinion.ts";
import { decideEscalation } from "../../safety/escalation/decide.ts";
import { severityOf, TRIAGE_LEVELS, type TriageLevel } from "../../safety/types.ts";
import { raiseTriage } from "../../server/llm/raise-triage.ts";
import type { Assessment } from "../../server/services/chat/pipeline.ts";

const contacts = {
  region: "US",
  emergencyNumber: "911",
  crisisLines: [{ label: "988 Lifeline", contact: "call or text 988" }],
};

function rules(level: TriageLevel): Assessment {
  return {
    triage: { level, reasons: [{ ruleId: `input.${level}.x`, text: "rules" }] },
    flags: [],
    crisisTier: null,
    redactedText: "text",
    footer: "rules footer",
    escalation: decideEscalation({
      level,
      crisisTier: null,
      methodSeeking: false,
      checkFailed: false,
    }),
    ledger: [],
    policyVersion: "test",
  };
}
const opinion = (
  level: TriageLevel,
  crisisTier: TriageOpinion["crisisTier"] = "none",
): TriageOpinion => ({ level, crisisTier });

const pairs = TRIAGE_LEVELS.flatMap((r) => TRIAGE_LEVELS.map((m) => ({ rules: r, model: m })));

describe("the model's second opinion against the rules", () => {
  test.each(pairs)(
    "rules $rules with model $model ends at the more urgent level",
    ({ rules: r, model: m }) => {
      const { assessment, raised } = raiseTriage(rules(r), opinion(m), contacts);
      const expected = severityOf(m) > severityOf(r) ? m : r;
      expect(assessment.triage.level).toBe(expected);
      expect(raised).toBe(expected !== r);
      expect(severityOf(assessment.triage.level)).toBeGreaterThanOrEqual(severityOf(r));
    },
  );

  test("a raise puts the model's vetted reason first and keeps the rules' reasons", () => {
    const { assessment } = raiseTriage(rules("self_care"), opinion("urgent"), contacts);
    expect(assessment.triage.reasons.map((r) => r.ruleId)).toEqual([
      "model.triage.urgent",
      "input.self_care.x",
    ]);
    expect(assessment.escalation?.priority).toBe("same_day");
    expect(assessment.footer).toContain("please speak to a clinician today");
    expect(assessment.flags).toContain("triage_raised_by_model");
  });

  test("no raise leaves the assessment exactly as the rules made it", () => {
    const before = rules("urgent");
    expect(raiseTriage(before, opinion("info"), contacts)).toEqual({
      assessment: before,
      raised: false,
    });
  });

  test("an emergency from the model becomes the vetted emergency reply with an immediate escalation", () => {
    const { assessment } = raiseTriage(rules("routine"), opinion("emergency"), contacts);
    expect(assessment.cannedReply?.text).toMatch(
      /^What you describe could be serious\. .*call 911 now/,
    );
    expect(assessment.escalation?.priority).toBe("immediate");
    expect(assessment.footer).toBeUndefined();
  });

  test("a crisis tier raises the level it implies, flags crisis, and at intent answers with crisis lines", () => {
    const ideation = raiseTriage(rules("info"), opinion("info", "ideation"), contacts).assessment;
    expect(ideation).toMatchObject({ crisisTier: "ideation", triage: { level: "urgent" } });
    expect(ideation.flags).toContain("crisis");
    expect(ideation.footer).toContain("988 Lifeline");
    const intent = raiseTriage(rules("info"), opinion("routine", "intent"), contacts).assessment;
    expect(intent.triage.level).toBe("emergency");
    expect(intent.cannedReply?.text).toContain("call or text 988");
  });

  test("never replaces a more urgent escalation with a less urgent one", () => {
    const before = {
      ...rules("urgent"),
      escalation: decideEscalation({
        level: "emergency",
        crisisTier: null,
        methodSeeking: false,
        checkFailed: false,
      }),
    };
    const { assessment } = raiseTriage(before, opinion("urgent", "distress"), contacts);
    expect(assessment.escalation?.priority).toBe("immediate");
  });
});
