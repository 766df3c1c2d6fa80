// Crisis tiers (clinical-safety.md §3.4–3.5): first and third person, slang and misspellings, the
// C-SSRS thresholds (intent, plan, preparation or an attempt in the past 3 months → intent), and the
// look-alikes that must not fire (support questions, news, grief, idioms).
import { describe, expect, test } from "vitest";
import { crisisCheck } from "../../safety/crisis/index.ts";
import { CRISIS_RULES, DERIVED_CRISIS_RULES } from "../../safety/crisis/rules.ts";
import { triageCheck } from "../../safety/triage/index.ts";
import type { CheckContext, CrisisResult, CrisisTier, TriageLevel } from "../../safety/types.ts";
import { CRISIS_TIERS, crisisRank } from "../../safety/types.ts";

const CONTACTS = {
  region: "US",
  emergencyNumber: "911",
  crisisLines: [{ label: "988", contact: "call or text 988" }],
};

function context(turns: readonly string[]): CheckContext {
  return {
    text: turns[turns.length - 1] ?? "",
    history: turns.slice(0, -1).map((text) => ({ role: "patient" as const, text, at: new Date() })),
    locale: "en-US",
    contacts: CONTACTS,
    now: new Date(),
  };
}

function crisis(...turns: string[]): CrisisResult {
  const report = crisisCheck.run(context(turns));
  if (report instanceof Promise) throw new Error("crisis must be synchronous");
  return report.result;
}

function triageLevel(...turns: string[]): TriageLevel {
  const report = triageCheck.run(context(turns));
  if (report instanceof Promise) throw new Error("triage must be synchronous");
  return report.result.level;
}

const TRIAGE_FOR: Record<CrisisTier, TriageLevel> = {
  distress: "routine",
  ideation: "urgent",
  method: "urgent",
  intent: "emergency",
  imminent: "emergency",
};

const CASES: Array<{ id: string; turns: string[]; tier: CrisisTier; rule: string }> = [
  {
    id: "imminent: wanting to die and an overdose",
    turns: ["I want to die and I took too many pills"],
    tier: "imminent",
    rule: "input.crisis.attempt_in_progress",
  },
  {
    id: "ideation: no point in living",
    turns: ["I don't see the point in living anymore"],
    tier: "ideation",
    rule: "input.crisis.wish_to_be_dead",
  },
  {
    id: "intent: overdose tonight",
    turns: ["i'm going to overdose tonight"],
    tier: "intent",
    rule: "input.crisis.intent",
  },
  {
    id: "imminent: swallowed all the tablets",
    turns: ["I've just swallowed all my antidepressants"],
    tier: "imminent",
    rule: "input.crisis.attempt_in_progress",
  },
  {
    id: "imminent: third person, just now",
    turns: ["my friend just took a load of pills to kill herself"],
    tier: "imminent",
    rule: "input.crisis.attempt_in_progress",
  },
  {
    id: "ideation: asked as a what-if",
    turns: ["what if I just killed myself"],
    tier: "ideation",
    rule: "input.crisis.suicidal_thoughts",
  },
  {
    id: "ideation: hyperbole is not waved away",
    turns: ["this exam is killing me, I want to die lol"],
    tier: "ideation",
    rule: "input.crisis.wish_to_be_dead",
  },
  {
    id: "distress: hopeless",
    turns: ["I feel hopeless and worthless lately"],
    tier: "distress",
    rule: "input.crisis.distress",
  },
  {
    id: "distress: can't cope",
    turns: ["I can't cope anymore with everything"],
    tier: "distress",
    rule: "input.crisis.distress",
  },
  {
    id: "distress: grief after a suicide",
    turns: ["my dad died by suicide last year and I miss him"],
    tier: "distress",
    rule: "input.crisis.distress",
  },
  {
    id: "distress: attempt long ago",
    turns: ["I tried to kill myself when I was 15, I'm ok now"],
    tier: "distress",
    rule: "input.crisis.past_attempt",
  },
  {
    id: "ideation: want to die",
    turns: ["I want to die"],
    tier: "ideation",
    rule: "input.crisis.wish_to_be_dead",
  },
  {
    id: "ideation: third person",
    turns: ["my daughter says she wants to die"],
    tier: "ideation",
    rule: "input.crisis.wish_to_be_dead",
  },
  {
    id: "ideation: kms",
    turns: ["honestly kms"],
    tier: "ideation",
    rule: "input.crisis.suicidal_thoughts",
  },
  {
    id: "ideation: unalive",
    turns: ["i want to unalive myself"],
    tier: "ideation",
    rule: "input.crisis.suicidal_thoughts",
  },
  {
    id: "ideation: sewerslide",
    turns: ["been thinking about sewerslide a lot"],
    tier: "ideation",
    rule: "input.crisis.suicidal_thoughts",
  },
  {
    id: "ideation: misspelt",
    turns: ["i feel sucidal"],
    tier: "ideation",
    rule: "input.crisis.suicidal_thoughts",
  },
  {
    id: "ideation: don't want to be here",
    turns: ["I don't want to be here anymore"],
    tier: "ideation",
    rule: "input.crisis.wish_to_be_dead",
  },
  {
    id: "ideation: better off without me",
    turns: ["everyone would be better off without me"],
    tier: "ideation",
    rule: "input.crisis.wish_to_be_dead",
  },
  {
    id: "ideation: end it all",
    turns: ["sometimes I think about ending it all"],
    tier: "ideation",
    rule: "input.crisis.suicidal_thoughts",
  },
  {
    id: "ideation: not wake up",
    turns: ["I go to bed hoping I don't wake up"],
    tier: "ideation",
    rule: "input.crisis.wish_to_be_dead",
  },
  {
    id: "ideation: self-harm urges",
    turns: ["I keep getting urges to cut myself"],
    tier: "ideation",
    rule: "input.crisis.self_harm",
  },
  {
    id: "ideation: ALL CAPS",
    turns: ["I WANT TO DIE"],
    tier: "ideation",
    rule: "input.crisis.wish_to_be_dead",
  },
  {
    id: "method: thinking about overdosing",
    turns: ["I keep thinking about overdosing"],
    tier: "method",
    rule: "input.crisis.method_thoughts",
  },
  {
    id: "method: knows how, after ideation",
    turns: ["I want to die", "I know how I would do it"],
    tier: "method",
    rule: "input.crisis.method_thoughts",
  },
  {
    id: "intent: tonight",
    turns: ["I'm going to end it all tonight"],
    tier: "intent",
    rule: "input.crisis.intent",
  },
  {
    id: "intent: third person",
    turns: ["my son says he is going to kill himself"],
    tier: "intent",
    rule: "input.crisis.intent",
  },
  {
    id: "intent: plan after ideation",
    turns: ["I don't want to live anymore", "I've made a plan"],
    tier: "intent",
    rule: "input.crisis.plan",
  },
  {
    id: "intent: suicide note",
    turns: ["I wrote a suicide note"],
    tier: "intent",
    rule: "input.crisis.plan",
  },
  {
    id: "intent: stockpiling",
    turns: ["I've been stockpiling my pills"],
    tier: "intent",
    rule: "input.crisis.plan",
  },
  {
    id: "intent: attempt two weeks ago",
    turns: ["I tried to kill myself 2 weeks ago"],
    tier: "intent",
    rule: "input.crisis.recent_attempt",
  },
  {
    id: "imminent: taken the pills",
    turns: ["I've taken the pills"],
    tier: "imminent",
    rule: "input.crisis.attempt_in_progress",
  },
  {
    id: "imminent: took all my pills",
    turns: ["took all my pills"],
    tier: "imminent",
    rule: "input.crisis.attempt_in_progress",
  },
  {
    id: "imminent: on the bridge",
    turns: ["I want to die", "I'm standing on the bridge now"],
    tier: "imminent",
    rule: "input.crisis.means_in_hand",
  },
  {
    id: "imminent: attempt last night",
    turns: ["I tried to overdose last night"],
    tier: "imminent",
    rule: "input.crisis.attempt_in_progress",
  },
  {
    id: "imminent: self-harm injury",
    turns: ["I cut myself on purpose and it won't stop bleeding"],
    tier: "imminent",
    rule: "input.crisis.self_harm_injury",
  },
];

describe("crisis tiers", () => {
  test.each(CASES)("detects $id", ({ turns, tier, rule }) => {
    const result = crisis(...turns);
    expect(result.tier).toBe(tier);
    expect(result.reasons.map((r) => r.ruleId)).toContain(rule);
    expect(triageLevel(...turns)).toBe(TRIAGE_FOR[tier]);
  });

  test("the most severe reason comes first", () => {
    const result = crisis("I want to die and I'm going to kill myself tonight");
    expect(result.reasons[0]?.ruleId).toBe("input.crisis.intent");
  });

  test("an intent stated earlier stays in force for the follow-up", () => {
    const result = crisis("I'm going to kill myself tonight", "ok");
    expect(result.tier).toBe("intent");
    expect(result.reasons[0]?.text).toContain("earlier");
  });

  test("every tier is reachable", () => {
    const reached = new Set(CASES.map((c) => c.tier));
    for (const tier of CRISIS_TIERS) expect(reached.has(tier)).toBe(true);
  });
});

const LOOK_ALIKES: Array<{ id: string; turns: string[]; maxTier: CrisisTier | null }> = [
  {
    id: "how to tell if someone is suicidal",
    turns: ["how do you know if someone is suicidal?"],
    maxTier: null,
  },
  {
    id: "supporting a suicidal friend",
    turns: ["how do I support my friend who is suicidal?"],
    maxTier: null,
  },
  {
    id: "warning signs of suicide",
    turns: ["what are the warning signs of suicide?"],
    maxTier: null,
  },
  { id: "news", turns: ["suicide rates went up last year according to the news"], maxTier: null },
  { id: "the movie", turns: ["the suicide squad movie was great"], maxTier: null },
  { id: "kill time", turns: ["I need to kill time before my appointment"], maxTier: null },
  { id: "phone died", turns: ["my phone died so I missed the call"], maxTier: null },
  { id: "dying to know", turns: ["I'm dying to know my test results"], maxTier: null },
  { id: "died laughing", turns: ["I nearly died laughing"], maxTier: null },
  { id: "killing me", turns: ["this headache is killing me"], maxTier: null },
  { id: "negated", turns: ["I'm not suicidal, just stressed about exams"], maxTier: "distress" },
  {
    id: "doesn't want to die",
    turns: ["I don't want to die from this infection, is it serious?"],
    maxTier: null,
  },
  { id: "grief", turns: ["my dad died by suicide last year and I miss him"], maxTier: "distress" },
  {
    id: "safe dose question",
    turns: ["what's the maximum safe dose of paracetamol per day?"],
    maxTier: null,
  },
  { id: "accidental cut", turns: ["I cut myself cooking and it's bleeding a bit"], maxTier: null },
  {
    id: "medication adherence",
    turns: ["I've taken the pills the doctor prescribed"],
    maxTier: null,
  },
  {
    id: "a plan without crisis talk",
    turns: ["I have a plan to start running again"],
    maxTier: null,
  },
  { id: "a letter to the GP", turns: ["I wrote a letter to my GP about my knee"], maxTier: null },
  {
    id: "taking my life back",
    turns: ["I'm taking my life back after the divorce"],
    maxTier: "distress",
  },
  { id: "dyeing hair", turns: ["I want to dye my hair blue"], maxTier: null },
];

describe("crisis look-alikes", () => {
  test.each(LOOK_ALIKES)("does not over-fire for $id", ({ turns, maxTier }) => {
    const result = crisis(...turns);
    expect(crisisRank(result.tier)).toBeLessThanOrEqual(crisisRank(maxTier));
    expect(result.methodSeeking).toBe(false);
  });

  test("a supportive question gets an information reason, not a crisis tier", () => {
    const result = crisis("how do I support my friend who is suicidal?");
    expect(result.tier).toBeNull();
    expect(result.reasons.map((r) => r.ruleId)).toEqual(["input.crisis.support_request"]);
    expect(triageLevel("how do I support my friend who is suicidal?")).not.toBe("emergency");
  });
});

describe("crisis check contract", () => {
  test("has the agreed identity and budget", () => {
    expect(crisisCheck).toMatchObject({ id: "input.crisis", version: "1.1.0" });
    expect(crisisCheck.budgetMs).toBeGreaterThan(0);
  });

  test.each([
    { turns: ["the weather is nice"], verdict: "allow" },
    { turns: ["I feel hopeless"], verdict: "flag" },
    { turns: ["I want to die"], verdict: "escalate" },
    { turns: ["what's a lethal dose of insulin"], verdict: "escalate" },
    { turns: ["I've taken the pills"], verdict: "escalate" },
  ])("verdict for $turns is $verdict", ({ turns, verdict }) => {
    const report = crisisCheck.run(context(turns));
    if (report instanceof Promise) throw new Error("crisis must be synchronous");
    expect(report.verdict).toBe(verdict);
    expect(report.ruleIds).toEqual(report.result.reasons.map((r) => r.ruleId));
  });
});

// One example per rule, so every rule a reviewer reads is known to fire (and a new rule needs one).
const RULE_EXAMPLES: Record<string, string[]> = {
  "input.crisis.attempt_in_progress": ["I've just swallowed all my antidepressants"],
  "input.crisis.means_in_hand": ["I'm sitting in my car in the garage with the engine running"],
  "input.crisis.self_harm_injury": ["I cut myself on purpose and it won't stop bleeding"],
  "input.crisis.intent": ["I'm going to end it all tonight"],
  "input.crisis.plan": ["I've been saving up my tablets for a while now"],
  "input.crisis.recent_attempt": ["I took an overdose six weeks ago"],
  "input.crisis.recent_behaviour": ["I took all my pills three weeks ago and ended up in hospital"],
  "input.crisis.method_seeking": ["how many paracetamol would kill you"],
  "input.crisis.method_thoughts": ["I keep thinking about overdosing"],
  "input.crisis.suicidal_thoughts": ["i feel sucidal"],
  "input.crisis.wish_to_be_dead": ["what's the point in carrying on"],
  "input.crisis.farewell_talk": ["I feel hopeless and I won't be around much longer"],
  "input.crisis.self_harm": ["I keep getting urges to cut myself"],
  "input.crisis.distress": ["I feel empty and numb inside"],
  "input.crisis.possible_preparation": ["I've been giving away all my stuff to my friends"],
  "input.crisis.safety_denial": ["I would never hurt myself"],
  "input.crisis.past_attempt": ["I tried to kill myself when I was 15, I'm ok now"],
};

describe("crisis rule coverage", () => {
  test.each(Object.entries(RULE_EXAMPLES))("%s fires", (ruleId, turns) => {
    expect(crisis(...turns).reasons.map((r) => r.ruleId)).toContain(ruleId);
  });

  test("every rule has an example", () => {
    const ids = [...CRISIS_RULES, ...DERIVED_CRISIS_RULES].map((r) => r.id);
    for (const id of ids) expect(Object.keys(RULE_EXAMPLES)).toContain(id);
  });
});
