// The shape of a triage rule: declarative data that reviewers can read, evaluated by engine.ts.
import type { Condition } from "../text/conditions.ts";
import type { CrisisTier, TriageLevel } from "../types.ts";

export type Disposition = "call_now" | "go_now";

export interface TriageRule {
  id: string;
  level: TriageLevel;
  disposition?: Disposition;
  /** Plain language for the nurse reading the escalation. */
  summary: string;
  when: Condition;
  unless?: Condition;
  /** Rules in one group report only their most urgent member. Defaults to the rule id. */
  group?: string;
  /** Only when nothing more specific matched. */
  fallback?: boolean;
  /** Needs a personal report ("I have…", "my son…"), not a general remark. */
  personal?: boolean;
  /**
   * A safety net: fires only when no ordinary rule reached this level, so a strong danger sign that no
   * specific rule recognises still escalates (P1, P5) without doubling the reasons of one that does.
   */
  safetyNet?: boolean;
}

/** What reviewers and the escalation table see of each rule. */
export interface TriageRuleInfo {
  id: string;
  level: TriageLevel;
  disposition?: Disposition;
  summary: string;
}

/** The crisis picture triage consults (see safety/crisis). */
export interface CrisisSignal {
  tier: CrisisTier | null;
  methodSeeking: boolean;
}
