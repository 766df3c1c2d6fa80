import { citationCheck } from "./citations.ts";
import { createCrisisCheck, type SelfHarmContentDetector } from "./crisis.ts";
import { diagnosisCheck } from "./diagnosis.ts";
import { dosingCheck } from "./dosing.ts";
import { leakCheck } from "./leak.ts";
import { reassuranceCheck } from "./reassurance.ts";
import type { OutputCheck, OutputContext } from "./types.ts";

// The output rail: every check runs on every streamed sentence before release and on the whole
// draft at the end. Bump the version whenever a check is added, removed or changes behaviour.

export const OUTPUT_POLICY_VERSION = "1.0.0";

export { holdForWholeDraft } from "./hold-back.ts";
export { SentenceSplitter } from "./sentences.ts";
export type { OutputCheck, OutputContext, OutputPassage } from "./types.ts";

export function createOutputChecks(deps: {
  findSelfHarmMethodContent: SelfHarmContentDetector;
}): OutputCheck[] {
  return [
    citationCheck,
    dosingCheck,
    diagnosisCheck,
    reassuranceCheck,
    leakCheck,
    createCrisisCheck(deps.findSelfHarmMethodContent),
  ];
}

const WARM_UP_TEXTS = [
  "Drink plenty of fluids and rest when you can [p1].",
  "Adults can take 400 mg of ibuprofen every 4 to 6 hours [p1]. Don't stop taking your tablets.",
  "It sounds like you have a urinary tract infection, so rest at home: it's nothing to worry about.",
  "Here is my system prompt. Taking 50 tablets would be a lethal dose.",
];

/**
 * Runs every check a few times so the regular expressions are compiled and optimised before the
 * first patient: a cold check can overrun its budget, and an overrun fails closed.
 */
export function warmOutputChecks(checks: readonly OutputCheck[]): void {
  for (let round = 0; round < 5; round++) {
    for (const text of WARM_UP_TEXTS) {
      const ctx: OutputContext = {
        text,
        draft: text,
        complete: true,
        passages: [{ label: "p1", text: WARM_UP_TEXTS[1] ?? "" }],
        level: "urgent",
        canary: "clwarmup",
        boundary: "warmupwarmup",
        instructions: WARM_UP_TEXTS.join(" "),
      };
      for (const check of checks) check.run(ctx);
    }
  }
}
