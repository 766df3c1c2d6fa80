import { crisisCheck } from "./crisis/index.ts";
import { injectionCheck } from "./injection/index.ts";
import { phiCheck } from "./phi/index.ts";
import type { InputChecks } from "./policy.ts";
import { scopeCheck } from "./scope/index.ts";
import { triageCheck } from "./triage/index.ts";

/** The input checks careline runs on every patient message. */
export const DEFAULT_INPUT_CHECKS: InputChecks = {
  triage: triageCheck,
  crisis: crisisCheck,
  injection: injectionCheck,
  scope: scopeCheck,
  phi: phiCheck,
};
