// PHI redaction for free text (HIPAA Safe Harbor identifiers): used on patient messages, on logs
// and on anything sent to the model. Offsets point into the original text; clinical numbers
// (doses, temperatures, blood pressure, lab values) are left alone.

import type { Check, CheckContext, CheckReport, PhiResult } from "../types.ts";
import { CHECK_BUDGET_MS } from "../types.ts";
import { findAddresses } from "./address.ts";
import { findAges } from "./ages.ts";
import { findContacts } from "./contact.ts";
import { findDates } from "./dates.ts";
import { findIdentifiers } from "./identifiers.ts";
import { findNames } from "./names.ts";
import { redact, resolve } from "./resolve.ts";

export { phiReasons } from "./reasons.ts";
export { placeholder } from "./resolve.ts";

/** `text` with every identifier replaced by a placeholder such as [NAME], plus the entities found. */
export function redactPhi(text: string): PhiResult {
  const entities = resolve([
    ...findContacts(text),
    ...findIdentifiers(text),
    ...findDates(text),
    ...findAges(text),
    ...findAddresses(text),
    ...findNames(text),
  ]);
  return { redactedText: redact(text, entities), entities };
}

export const phiCheck: Check<PhiResult> = {
  id: "input.phi",
  version: "1.0.0",
  budgetMs: CHECK_BUDGET_MS,
  run(ctx: CheckContext): CheckReport<PhiResult> {
    const result = redactPhi(ctx.text);
    const ruleIds = [...new Set(result.entities.map((entity) => `input.phi.${entity.type}`))];
    return { verdict: ruleIds.length > 0 ? "flag" : "allow", ruleIds, result };
  },
};
