// The contract between careline's safety library and everything that calls it. Pure types and
// tiny helpers only: safety/ never imports from server/, never touches a database or the env.

export const TRIAGE_LEVELS = ["emergency", "urgent", "routine", "self_care", "info"] as const;
export type TriageLevel = (typeof TRIAGE_LEVELS)[number];

const SEVERITY: Record<TriageLevel, number> = {
  info: 0,
  self_care: 1,
  routine: 2,
  urgent: 3,
  emergency: 4,
};

export function severityOf(level: TriageLevel): number {
  return SEVERITY[level];
}

/** The more urgent of two levels: urgency only ever goes up. */
export function mostUrgent(a: TriageLevel, b: TriageLevel): TriageLevel {
  return SEVERITY[a] >= SEVERITY[b] ? a : b;
}

/**
 * Mental-health crisis tiers, C-SSRS-informed (clinical-safety.md §3.5):
 * distress (MH-0) < ideation (MH-1: wish to be dead, non-specific thoughts) < method (MH-2: thinking
 * about how, no intent) < intent (MH-3: intent, plan, or behaviour in the past 3 months) <
 * imminent (MH-4: attempt in progress, means in hand, injury).
 */
export const CRISIS_TIERS = ["distress", "ideation", "method", "intent", "imminent"] as const;
export type CrisisTier = (typeof CRISIS_TIERS)[number];

export function crisisRank(tier: CrisisTier | null): number {
  return tier === null ? -1 : CRISIS_TIERS.indexOf(tier);
}

/** Why a check decided what it did: a dotted rule id and plain-language text a nurse can read. */
export interface Reason {
  ruleId: string;
  text: string;
}

export interface ConversationTurn {
  role: "patient" | "assistant" | "staff";
  text: string;
  at: Date;
}

/** Per-locale numbers; the server loads them from configuration and passes them in. */
export interface EmergencyContacts {
  /** ISO region this entry is for, e.g. "US", "GB", "EU". */
  region: string;
  /** The number to call in an emergency, e.g. "911", "999", "112". */
  emergencyNumber: string;
  /** Crisis lines, most important first, e.g. { label: "988 Suicide & Crisis Lifeline", contact: "call or text 988" }. */
  crisisLines: ReadonlyArray<{ label: string; contact: string }>;
  /** Poison help line where one exists, e.g. "1-800-222-1222". */
  poisonLine?: string;
  /** Non-emergency urgent advice line where one exists, e.g. "NHS 111". */
  urgentAdviceLine?: string;
}

/** Everything an input check may look at. */
export interface CheckContext {
  /** The new patient message, exactly as sent. */
  text: string;
  /** Earlier turns of this conversation inside the server's window, oldest first. */
  history: ReadonlyArray<ConversationTurn>;
  /** BCP 47 locale of the conversation, e.g. "en-US". */
  locale: string;
  contacts: EmergencyContacts;
  now: Date;
}

/** A check's decision as recorded in the per-turn safety ledger. */
export type Verdict = "allow" | "flag" | "block" | "escalate";

export interface CheckReport<R> {
  verdict: Verdict;
  ruleIds: string[];
  result: R;
}

/**
 * The time budget of a deterministic check. Checks answer in well under a millisecond (see
 * `npm run bench`); the budget exists to catch a pathological case (a runaway pattern), not to
 * police scheduling, so it is far above the real cost. Overrunning it fails the turn closed.
 */
export const CHECK_BUDGET_MS = 250;

/** A pure check with a version (bumped whenever its behaviour changes) and a time budget. */
export interface Check<R> {
  id: string;
  version: string;
  budgetMs: number;
  run(ctx: CheckContext): CheckReport<R> | Promise<CheckReport<R>>;
}

export interface TriageResult {
  level: TriageLevel;
  /** Most urgent first. Empty only for `info` with nothing matched. */
  reasons: Reason[];
}

export interface CrisisResult {
  tier: CrisisTier | null;
  reasons: Reason[];
  /** Asking for method, lethality, dose-for-harm or location information, in any framing. */
  methodSeeking: boolean;
}

export interface InjectionResult {
  detected: boolean;
  reasons: Reason[];
}

export const SCOPE_CATEGORIES = ["diagnosis", "dosing", "prescription", "non_health"] as const;
export type ScopeCategory = (typeof SCOPE_CATEGORIES)[number];

export interface ScopeResult {
  category: ScopeCategory | null;
  reasons: Reason[];
}

export const PHI_TYPES = [
  "name",
  "date",
  "phone",
  "fax",
  "email",
  "ssn",
  "mrn",
  "account",
  "address",
  "zip",
  "url",
  "ip",
  "licence",
  "device",
  "vehicle",
  "age",
  "other_id",
] as const;
export type PhiType = (typeof PHI_TYPES)[number];

export interface PhiEntity {
  type: PhiType;
  /** UTF-16 offsets into the original text, end exclusive. */
  start: number;
  end: number;
}

export interface PhiResult {
  /** The text with each entity replaced by a placeholder such as [NAME] or [PHONE]. */
  redactedText: string;
  entities: PhiEntity[];
}
