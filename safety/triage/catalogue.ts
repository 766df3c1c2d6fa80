// Every triage rule in one ordered list (most serious groups first), plus the rules whose firing is
// derived in code (crisis-linked, past events, information) so reviewers see the complete catalogue.
import { conceptsOf } from "../text/conditions.ts";
import { BACKGROUND } from "./background.ts";
import { TRIAGE_LEXICON } from "./lexicon.ts";
import type { TriageRule, TriageRuleInfo } from "./rule-types.ts";
import { EMERGENCY_ACUTE_RULES } from "./rules/emergency-acute.ts";
import { EMERGENCY_CARDIO_RESP_RULES } from "./rules/emergency-cardio-resp.ts";
import { EMERGENCY_INFECTION_CHILD_RULES } from "./rules/emergency-infection-child.ts";
import { EMERGENCY_INJURY_RULES } from "./rules/emergency-injury.ts";
import { EMERGENCY_NEURO_RULES } from "./rules/emergency-neuro.ts";
import { EMERGENCY_POISON_METABOLIC_RULES } from "./rules/emergency-poison-metabolic.ts";
import { EMERGENCY_PREGNANCY_RULES } from "./rules/emergency-pregnancy.ts";
import { ROUTINE_RULES } from "./rules/routine.ts";
import { ROUTINE_MORE_RULES } from "./rules/routine-more.ts";
import { ROUTINE_REVIEW_RULES } from "./rules/routine-review.ts";
import { SAFETY_NET_RULES } from "./rules/safety-net.ts";
import { SELF_CARE_RULES } from "./rules/self-care.ts";
import { SELF_CARE_MORE_RULES } from "./rules/self-care-more.ts";
import { URGENT_RULES } from "./rules/urgent.ts";
import { URGENT_OTHER_RULES } from "./rules/urgent-other.ts";
import { URGENT_SAME_DAY_RULES } from "./rules/urgent-same-day.ts";
import { URGENT_WOUNDS_EYES_RULES } from "./rules/urgent-wounds-eyes.ts";

export const CONCEPT_RULES: readonly TriageRule[] = [
  ...EMERGENCY_NEURO_RULES,
  ...EMERGENCY_CARDIO_RESP_RULES,
  ...EMERGENCY_INFECTION_CHILD_RULES,
  ...EMERGENCY_POISON_METABOLIC_RULES,
  ...EMERGENCY_PREGNANCY_RULES,
  ...EMERGENCY_INJURY_RULES,
  ...EMERGENCY_ACUTE_RULES,
  ...URGENT_RULES,
  ...URGENT_OTHER_RULES,
  ...URGENT_SAME_DAY_RULES,
  ...URGENT_WOUNDS_EYES_RULES,
  ...ROUTINE_RULES,
  ...ROUTINE_MORE_RULES,
  ...ROUTINE_REVIEW_RULES,
  ...SELF_CARE_RULES,
  ...SELF_CARE_MORE_RULES,
  ...SAFETY_NET_RULES,
];

export const DERIVED_RULES = {
  suicideRisk: {
    id: "input.emergency.suicide_risk",
    level: "emergency",
    disposition: "call_now",
    summary: "Suicidal intent, a plan, a recent attempt, or self-harm or an attempt in progress",
  },
  suicidalThoughts: {
    id: "input.urgent.suicidal_thoughts",
    level: "urgent",
    summary: "Suicidal thoughts, thoughts of method, or asking for method information",
  },
  lowMood: {
    id: "input.routine.low_mood",
    level: "routine",
    summary: "Low mood or distress without suicidal content",
  },
  recentWarning: {
    id: "input.urgent.recent_warning_sign",
    level: "urgent",
    summary:
      "An emergency warning sign that happened in the past few weeks and has passed: needs assessment today",
  },
  pastHistory: {
    id: "input.info.past_history",
    level: "info",
    summary: "Mentions a serious problem from the past (more than a month ago), not a current one",
  },
  education: {
    id: "input.info.education",
    level: "info",
    summary: "A general or hypothetical health question, not a report of symptoms",
  },
  navigation: {
    id: "input.info.navigation",
    level: "info",
    summary: "A question about appointments, prescriptions, results or services",
  },
} as const satisfies Record<string, TriageRuleInfo>;

export const TRIAGE_RULES: readonly TriageRuleInfo[] = [
  DERIVED_RULES.suicideRisk,
  ...CONCEPT_RULES.map(({ id, level, disposition, summary }) =>
    disposition ? { id, level, disposition, summary } : { id, level, summary },
  ),
  DERIVED_RULES.suicidalThoughts,
  DERIVED_RULES.recentWarning,
  DERIVED_RULES.lowMood,
  DERIVED_RULES.pastHistory,
  DERIVED_RULES.education,
  DERIVED_RULES.navigation,
];

// Fail at load, not at 3 a.m.: every rule must name real concepts and have a unique id.
function validate(): void {
  const known = new Set(TRIAGE_LEXICON.concepts);
  const ids = new Set<string>();
  for (const rule of CONCEPT_RULES) {
    if (ids.has(rule.id)) throw new Error(`Duplicate triage rule id ${rule.id}`);
    ids.add(rule.id);
    if (!rule.id.startsWith(`input.${rule.level}.`))
      throw new Error(`Rule ${rule.id} has level ${rule.level}`);
    for (const c of [...conceptsOf(rule.when), ...(rule.unless ? conceptsOf(rule.unless) : [])]) {
      if (!known.has(c)) throw new Error(`Triage rule ${rule.id} uses unknown concept ${c}`);
    }
  }
  for (const c of BACKGROUND.keys()) {
    if (!known.has(c)) throw new Error(`Background concept ${c} is not in the triage lexicon`);
  }
}
validate();
