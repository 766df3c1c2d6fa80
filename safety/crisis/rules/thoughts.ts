// Method, ideation and distress tiers (clinical-safety.md §3.4 Q1–Q3, §3.5 MH-0–MH-2): method-seeking in
// any framing, thinking about how (a denial of intent never lowers it), wish to be dead or active
// thoughts, and distress without suicidal content.
import { GIVING_ALL, IDEATION_CONTEXT, LOW_CONTEXT, METHOD_CONTEXT } from "./context.ts";
import type { CrisisRule } from "./types.ts";

/** Pills in these numbers asked about as "enough" are a lethality question on their own. */
const LARGE_COUNT = 10;

export const THOUGHT_RULES: readonly CrisisRule[] = [
  {
    id: "input.crisis.method_seeking",
    tier: "method",
    summary: "Asking for suicide method, lethal dose, location or timing information",
    when: {
      any: [
        "METHOD_SEEKING",
        { all: ["METHOD_SEEKING_IF_CONTEXT", METHOD_CONTEXT] },
        { numberIn: { concept: "DOSE_ENOUGH", min: LARGE_COUNT } },
      ],
    },
    anyTime: true,
    methodSeeking: true,
  },
  {
    id: "input.crisis.method_thoughts",
    tier: "method",
    summary: "Thinking about how they would end their life",
    when: {
      any: [
        "METHOD_THOUGHTS",
        {
          all: [
            "METHOD_THOUGHTS_IF_CONTEXT",
            { any: [LOW_CONTEXT, "DENIED_INTENT", "CONTINGENCY"] },
          ],
        },
      ],
    },
  },
  {
    id: "input.crisis.suicidal_thoughts",
    tier: "ideation",
    summary: "Suicidal thoughts",
    when: "SUICIDAL",
  },
  {
    id: "input.crisis.wish_to_be_dead",
    tier: "ideation",
    summary: "Wishes to be dead, not to exist or not to go on",
    when: "WISH_DEAD",
  },
  {
    id: "input.crisis.farewell_talk",
    tier: "ideation",
    summary: "Talks as if they won't be around, while low",
    when: { all: ["FINALITY", { any: ["DISTRESS", "GRIEF", "LIFE_EVENT", IDEATION_CONTEXT] }] },
  },
  {
    id: "input.crisis.self_harm",
    tier: "ideation",
    summary: "Self-harm (thoughts, urges or an ongoing pattern)",
    when: "SELF_HARM",
  },
  {
    id: "input.crisis.distress",
    tier: "distress",
    summary: "Emotional distress or low mood without suicidal content",
    when: { any: ["DISTRESS", "GRIEF"] },
  },
  {
    id: "input.crisis.possible_preparation",
    tier: "distress",
    summary: "Goodbyes or giving things away: ask directly about suicidal thoughts",
    when: { any: ["GOODBYES", GIVING_ALL] },
  },
];
