// The shape of a crisis rule: declarative data a reviewer can read (clinical-safety.md §3.4–3.5).
import type { Condition } from "../../text/conditions.ts";
import type { CrisisTier } from "../../types.ts";

/** A rule decided in code rather than by a condition (listed so reviewers see every id). */
export interface DerivedCrisisRule {
  id: string;
  tier: CrisisTier;
  summary: string;
}

export interface CrisisRule extends DerivedCrisisRule {
  when: Condition;
  /**
   * Imminent rules only: the part that must have happened in the last two days (an attempt in
   * progress, means in hand). Older than that but within 3 months it is recent behaviour: intent.
   */
  now?: Condition;
  /** Counts whenever the words are dated: a question is asked now ("she used to tell me how many…"). */
  anyTime?: boolean;
  /** Sets methodSeeking: asking for method, lethality, dose-for-harm or location information. */
  methodSeeking?: boolean;
}
