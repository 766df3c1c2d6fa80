import { decideEscalation, type EscalationDecision } from "./escalation/decide.ts";
import { type CheckRun, type LedgerEntry, runCheck } from "./run-checks.ts";
import {
  type Check,
  type CheckContext,
  type CrisisResult,
  type CrisisTier,
  crisisRank,
  type InjectionResult,
  mostUrgent,
  type PhiResult,
  type PhiType,
  type Reason,
  type ScopeCategory,
  type ScopeResult,
  severityOf,
  TRIAGE_LEVELS,
  type TriageLevel,
  type TriageResult,
} from "./types.ts";

// Which input checks run, and how their verdicts combine into one decision for the turn.
// Order of precedence for the reply: crisis with intent > emergency > other crisis > a failed
// check (safe fallback) > scope decline > an answer. Urgency only ever goes up.

export const INPUT_POLICY_VERSION = "1.0.0";

export interface InputChecks {
  triage: Check<TriageResult>;
  crisis: Check<CrisisResult>;
  injection: Check<InjectionResult>;
  scope: Check<ScopeResult>;
  phi: Check<PhiResult>;
  /** Checks a deployment adds; they fail closed like the rest. */
  extra?: ReadonlyArray<Check<unknown>>;
}

export type ResponsePlan =
  | { kind: "emergency"; reasons: Reason[] }
  | { kind: "crisis"; tier: CrisisTier; methodSeeking: boolean }
  | { kind: "safe_fallback" }
  | { kind: "decline"; category: ScopeCategory }
  | { kind: "answer" };

export interface InputAssessment {
  policyVersion: string;
  level: TriageLevel;
  reasons: Reason[];
  crisis: { tier: CrisisTier | null; methodSeeking: boolean };
  scope: ScopeCategory | null;
  injection: boolean;
  flags: string[];
  /** What may leave the process; null when redaction failed, so nothing may. */
  redactedText: string | null;
  phiTypes: PhiType[];
  checkFailed: boolean;
  plan: ResponsePlan;
  escalation: EscalationDecision | null;
  ledger: LedgerEntry[];
}

const CHECK_FAILED: Reason = {
  ruleId: "system.check_failed",
  text: "A safety check could not finish, so a person on the care team needs to read this message.",
};

const CRISIS_LEVEL: Record<CrisisTier, TriageLevel> = {
  distress: "routine",
  ideation: "urgent",
  method: "urgent",
  intent: "emergency",
  imminent: "emergency",
};

export async function assessInput(
  ctx: CheckContext,
  checks: InputChecks,
): Promise<InputAssessment> {
  const [triage, crisis, injection, scope, phi] = [
    await runCheck(checks.triage, ctx, "input"),
    await runCheck(checks.crisis, ctx, "input"),
    await runCheck(checks.injection, ctx, "input"),
    await runCheck(checks.scope, ctx, "input"),
    await runCheck(checks.phi, ctx, "input"),
  ] as const;
  const extras: CheckRun<unknown>[] = [];
  for (const check of checks.extra ?? []) extras.push(await runCheck(check, ctx, "input"));
  const runs: CheckRun<unknown>[] = [triage, crisis, injection, scope, phi, ...extras];
  const checkFailed = runs.some((run) => run.failed);

  let level: TriageLevel = triage.result?.level ?? "info";
  const ranked: Array<{ reason: Reason; rank: number }> = (triage.result?.reasons ?? []).map(
    (reason) => ({
      reason,
      rank: rankOfTriageReason(reason, level),
    }),
  );
  const tier = crisis.result?.tier ?? null;
  const methodSeeking = crisis.result?.methodSeeking ?? false;
  const crisisFloor = methodSeeking && crisisRank(tier) < crisisRank("method") ? "method" : tier;
  if (crisisFloor) {
    const crisisLevel = CRISIS_LEVEL[crisisFloor];
    level = mostUrgent(level, crisisLevel);
    for (const reason of crisis.result?.reasons ?? []) {
      if (!ranked.some((r) => r.reason.ruleId === reason.ruleId)) {
        ranked.push({ reason, rank: severityOf(crisisLevel) });
      }
    }
  }
  if (checkFailed) {
    level = mostUrgent(level, "urgent");
    ranked.push({ reason: CHECK_FAILED, rank: severityOf("urgent") });
  }
  const reasons = ranked.sort((a, b) => b.rank - a.rank).map((r) => r.reason);

  const scopeCategory = scope.result?.category ?? null;
  const injected = injection.result?.detected ?? false;
  const phiTypes = [...new Set((phi.result?.entities ?? []).map((e) => e.type))];
  const flags: string[] = [];
  if (crisisFloor && crisisFloor !== "distress") flags.push("crisis");
  if (injected) flags.push("prompt_injection");
  if (scopeCategory) flags.push(`out_of_scope:${scopeCategory}`);
  if (phiTypes.length > 0) flags.push("phi_redacted");
  if (checkFailed) flags.push("check_failed");

  return {
    policyVersion: INPUT_POLICY_VERSION,
    level,
    reasons,
    crisis: { tier: crisisFloor, methodSeeking },
    scope: scopeCategory,
    injection: injected,
    flags,
    redactedText: phi.result ? phi.result.redactedText : null,
    phiTypes,
    checkFailed,
    plan: planResponse({
      level,
      reasons,
      tier: crisisFloor,
      methodSeeking,
      checkFailed,
      scope: scopeCategory,
    }),
    escalation: decideEscalation({ level, crisisTier: crisisFloor, methodSeeking, checkFailed }),
    ledger: runs.map((run) => run.entry),
  };
}

// Triage rule ids carry their level ("input.urgent.uti_upper"); others rank with the turn's level.
function rankOfTriageReason(reason: Reason, fallback: TriageLevel): number {
  const level = reason.ruleId.split(".")[1] as TriageLevel;
  return (TRIAGE_LEVELS as readonly string[]).includes(level)
    ? severityOf(level)
    : severityOf(fallback);
}

function planResponse(input: {
  level: TriageLevel;
  reasons: Reason[];
  tier: CrisisTier | null;
  methodSeeking: boolean;
  checkFailed: boolean;
  scope: ScopeCategory | null;
}): ResponsePlan {
  const { tier, methodSeeking } = input;
  if (tier === "intent" || tier === "imminent") return { kind: "crisis", tier, methodSeeking };
  if (input.level === "emergency") return { kind: "emergency", reasons: input.reasons };
  if (tier === "ideation" || tier === "method") return { kind: "crisis", tier, methodSeeking };
  if (input.checkFailed) return { kind: "safe_fallback" };
  if (input.scope) return { kind: "decline", category: input.scope };
  return { kind: "answer" };
}
