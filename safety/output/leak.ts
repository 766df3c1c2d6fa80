import { findInjection } from "../injection/index.ts";
import { createLru } from "../text/lru.ts";
import { foldText } from "../text/normalize.ts";
import type { Reason } from "../types.ts";
import { CHECK_BUDGET_MS } from "../types.ts";
import { type OutputCheck, type OutputContext, reportOf } from "./types.ts";

// Catches a reply that leaks the hidden instructions or follows injected ones: the per-request
// canary or fence token, a run of words copied from the instructions, or text the injection rules
// recognise ("here is my system prompt", "developer mode enabled").

/** Consecutive words shared with the instructions that count as copying them. */
export const LEAK_RUN_WORDS = 10;

// Instructions differ per request only in the canary and fence token, so shingles are cached for
// the instructions with those removed (a handful of variants, one per triage level).
const shinglesByInstructions = createLru<string, Set<string>>(32);

function words(text: string): string[] {
  return foldText(text)
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
}

function shingles(instructions: string): Set<string> {
  let set = shinglesByInstructions.get(instructions);
  if (set) return set;
  const list = words(instructions);
  set = new Set<string>();
  for (let i = 0; i + LEAK_RUN_WORDS <= list.length; i++) {
    set.add(list.slice(i, i + LEAK_RUN_WORDS).join(" "));
  }
  shinglesByInstructions.set(instructions, set);
  return set;
}

function copiesInstructions(text: string, instructions: string): boolean {
  const list = words(text);
  if (list.length < LEAK_RUN_WORDS) return false;
  const known = shingles(instructions);
  for (let i = 0; i + LEAK_RUN_WORDS <= list.length; i++) {
    if (known.has(list.slice(i, i + LEAK_RUN_WORDS).join(" "))) return true;
  }
  return false;
}

export function findLeak(ctx: OutputContext): Reason[] {
  const reasons: Reason[] = [];
  const lower = ctx.text.toLowerCase();
  if (ctx.canary && lower.includes(ctx.canary.toLowerCase())) {
    reasons.push({
      ruleId: "output.leak.canary",
      text: "Repeats the private marker from its instructions",
    });
  }
  if (
    (ctx.boundary && lower.includes(ctx.boundary.toLowerCase())) ||
    /<<<\s*(?:begin|end)\b/.test(lower)
  ) {
    reasons.push({
      ruleId: "output.leak.delimiter",
      text: "Writes the data fences from its instructions",
    });
  }
  const generic = ctx.instructions
    .replaceAll(ctx.canary || "\u0000", " ")
    .replaceAll(ctx.boundary || "\u0000", " ");
  if (ctx.instructions && copiesInstructions(ctx.text, generic)) {
    reasons.push({
      ruleId: "output.leak.instructions",
      text: `Copies ${LEAK_RUN_WORDS} or more words in a row from its instructions`,
    });
  }
  for (const reason of findInjection(ctx.text)) {
    reasons.push({
      ruleId: "output.leak.injection",
      text: `Reads like an injection: ${reason.text}`,
    });
  }
  return reasons;
}

export const leakCheck: OutputCheck = {
  id: "output.leak",
  version: "1.0.0",
  budgetMs: CHECK_BUDGET_MS,
  run: (ctx) => reportOf(findLeak(ctx)),
};
