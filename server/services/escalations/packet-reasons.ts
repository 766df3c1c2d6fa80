import { ESCALATION_RULES } from "../../../safety/escalation/rules.ts";
import type { MessageRow, StoredReason } from "../../db/schema/index.ts";

const RULE_SUMMARIES = new Map(ESCALATION_RULES.map((rule) => [rule.id, rule.summary]));

/**
 * Why it was escalated, in words a nurse reads: the triage reasons careline gave on each turn that
 * opened or raised it, then each escalation rule's summary. Rule ids without wording are listed
 * by id so nothing that fired is hidden.
 */
export function packetReasons(ruleIds: string[], replies: MessageRow[]): StoredReason[] {
  const reasons = new Map<string, string>();
  for (const reply of replies) {
    for (const reason of reply.triageReasons) {
      if (!reasons.has(reason.ruleId)) reasons.set(reason.ruleId, reason.text);
    }
  }
  for (const ruleId of ruleIds) {
    if (!reasons.has(ruleId)) reasons.set(ruleId, RULE_SUMMARIES.get(ruleId) ?? ruleId);
  }
  return [...reasons].map(([ruleId, text]) => ({ ruleId, text }));
}
