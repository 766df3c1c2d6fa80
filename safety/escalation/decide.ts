import {
  ESCALATION_PRIORITIES,
  ESCALATION_RULES,
  ESCALATION_RULES_VERSION,
  type EscalationFacts,
  type EscalationPriority,
  type EscalationQueue,
  type EscalationRule,
} from "./rules.ts";

export interface EscalationDecision {
  priority: EscalationPriority;
  queue: EscalationQueue;
  /** Every escalation rule that matched, most urgent first. */
  ruleIds: string[];
  summary: string;
  rulesVersion: string;
}

export function priorityRank(priority: EscalationPriority): number {
  return ESCALATION_PRIORITIES.length - ESCALATION_PRIORITIES.indexOf(priority);
}

/** The most urgent matching rule decides; null when no one on the care team needs to look. */
export function decideEscalation(
  facts: EscalationFacts,
  rules: readonly EscalationRule[] = ESCALATION_RULES,
): EscalationDecision | null {
  const matched = rules
    .filter((rule) => rule.when(facts))
    .sort((a, b) => priorityRank(b.priority) - priorityRank(a.priority));
  const top = matched[0];
  if (!top) return null;
  return {
    priority: top.priority,
    queue: top.queue,
    ruleIds: matched.map((rule) => rule.id),
    summary: top.summary,
    rulesVersion: ESCALATION_RULES_VERSION,
  };
}
