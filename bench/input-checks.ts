import { fileURLToPath } from "node:url";
import { injectionCases, scopeCases, triageCases, turnsOf } from "../eval/sources/project.ts";
import { DEFAULT_INPUT_CHECKS } from "../safety/input-checks.ts";
import { assessInput } from "../safety/policy.ts";
import type { CheckContext, ConversationTurn } from "../safety/types.ts";
import type { Benchmark } from "./run.ts";
import { ms, percentile } from "./stats.ts";

const CONTACTS = {
  region: "US",
  emergencyNumber: "911",
  crisisLines: [{ label: "988 Lifeline", contact: "call or text 988" }],
};
const ROUNDS = 5;

/** Every project case as the checks see it: the last message plus the conversation before it. */
function contexts(): CheckContext[] {
  const now = new Date();
  const all = [...triageCases(), ...injectionCases(), ...scopeCases()];
  return all.map((c) => {
    const turns = turnsOf(c);
    const history: ConversationTurn[] = turns
      .slice(0, -1)
      .map((text) => ({ role: "patient", text, at: now }));
    return { text: turns.at(-1) ?? "", history, locale: "en-US", contacts: CONTACTS, now };
  });
}

export const inputChecksBenchmark: Benchmark = {
  name: "input-checks",
  description:
    "added latency of every input check per message (triage, crisis, injection, scope, PHI)",
  async run() {
    const cases = contexts();
    for (const ctx of cases) await assessInput(ctx, DEFAULT_INPUT_CHECKS);
    const totals: number[] = [];
    const perCheck = new Map<string, number[]>();
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const ctx of cases) {
        const started = performance.now();
        const assessment = await assessInput(ctx, DEFAULT_INPUT_CHECKS);
        totals.push(performance.now() - started);
        for (const entry of assessment.ledger) {
          const list = perCheck.get(entry.checkId) ?? [];
          list.push(entry.durationMs);
          perCheck.set(entry.checkId, list);
        }
      }
    }
    console.log(
      `${cases.length} project messages × ${ROUNDS} rounds after one warm-up round (${fileURLToPath(new URL("../eval/cases/", import.meta.url))})`,
    );
    console.log(
      `all input checks per message: p50 ${ms(percentile(totals, 0.5))}   p99 ${ms(percentile(totals, 0.99))}   max ${ms(Math.max(...totals))}   (target p99 ≤ 2 ms)`,
    );
    for (const [id, list] of perCheck)
      console.log(
        `  ${id.padEnd(16)} p50 ${ms(percentile(list, 0.5))}   p99 ${ms(percentile(list, 0.99))}`,
      );
  },
};
