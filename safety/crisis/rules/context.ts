// What turns an ambiguous crisis phrase into a finding (clinical-safety.md §3.2, §3.4): crisis talk,
// distress or a life event, and, for method questions, suicide named in any framing or fiction.
import type { Condition } from "../../text/conditions.ts";

/** Talk of wanting to die, suicide, self-harm or methods: what turns "I have a plan" into a crisis. */
export const IDEATION_CONTEXT: Condition = {
  any: [
    "WISH_DEAD",
    "SUICIDAL",
    "SELF_HARM",
    "ATTEMPT",
    "ATTEMPT_NOW",
    "METHOD_SEEKING",
    "METHOD_THOUGHTS",
    "INTENT",
    "PREPARATION",
  ],
};

/** Crisis talk, low mood, grief or a blow such as losing a job: what makes "I bought a rope" preparation. */
export const LOW_CONTEXT: Condition = {
  any: [IDEATION_CONTEXT, "DISTRESS", "LIFE_EVENT", "GRIEF"],
};

/** Means held, set out or ready: what makes "how many would it take?" a method question. */
export const MEANS_READY: Condition = {
  any: ["MEANS_AT_HAND", "MEANS_AT_HAND_IF_CONTEXT", "MEANS_SET_OUT", "MEANS_READY_IF_CONTEXT"],
};

/** Any of those, a death, suicide named in any framing, or fiction: what makes "tallest bridges?" a method question. */
export const METHOD_CONTEXT: Condition = {
  any: [LOW_CONTEXT, MEANS_READY, "LOSS", "SUICIDE_MENTION", "FICTION"],
};

/** A method or lethal-dose question, direct or indirect ("how many would it take?"). */
export const METHOD_QUESTION: Condition = {
  any: ["METHOD_SEEKING", "METHOD_SEEKING_IF_CONTEXT", "DOSE_ENOUGH"],
};

/** Means obtained or hidden and kept secret ("bought a rope, nobody knows"). */
export const SECRET_MEANS: Condition = {
  any: [
    "MEANS_HIDDEN",
    { all: [{ any: ["MEANS_ACQUIRED", "MEANS_ACCESS_IF_CONTEXT"] }, "SECRECY"] },
  ],
};

/** Giving things away for no ordinary reason (not charity, a move or old age). */
export const GIVING_AWAY: Condition = { all: ["GIVING_AWAY", { not: "DECLUTTER" }] };

/** Everything, or what matters most, given away for no ordinary reason. */
export const GIVING_ALL: Condition = { all: ["GIVING_ALL", { not: "DECLUTTER" }] };

/** Goodbyes in writing or in person, or possessions and pets given away (C-SSRS Q6). */
export const FAREWELLS: Condition = { any: ["GOODBYES", GIVING_AWAY] };

/** Affairs put in order for no ordinary reason (not old age, illness or a move). */
export const AFFAIRS: Condition = { all: ["AFFAIRS", { not: "DECLUTTER" }] };

/** A will made, contracts cancelled, a pet's new owner chosen, for no ordinary reason. */
export const ARRANGEMENTS: Condition = { all: ["ARRANGEMENTS", { not: "DECLUTTER" }] };

/** At least two of these conditions hold (two separate preparatory acts). */
export function anyTwo(conditions: readonly Condition[]): Condition {
  const pairs: Condition[] = [];
  for (let i = 0; i < conditions.length; i++)
    for (let j = i + 1; j < conditions.length; j++)
      pairs.push({ all: [conditions[i] as Condition, conditions[j] as Condition] });
  return { any: pairs };
}
