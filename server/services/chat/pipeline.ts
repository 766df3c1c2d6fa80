import type { EscalationDecision } from "../../../safety/escalation/decide.ts";
import type { LedgerEntry } from "../../../safety/run-checks.ts";
import type {
  ConversationTurn,
  CrisisTier,
  EmergencyContacts,
  Reason,
  TriageLevel,
} from "../../../safety/types.ts";
import type { ConversationRow, MessageRow, StoredCitation } from "../../db/schema/index.ts";

// The reply pipeline's seams. Each stage has a typed input and output and can be swapped:
// persist patient message → assess (input checks) → retrieve → respond → check output → persist.

export interface Turn {
  conversation: ConversationRow;
  message: MessageRow;
  /** Earlier turns in the window the checks and the model may see, oldest first. */
  history: ConversationTurn[];
  contacts: EmergencyContacts;
  now: Date;
}

export interface Assessment {
  triage: { level: TriageLevel; reasons: Reason[] };
  flags: string[];
  crisisTier: CrisisTier | null;
  /** Text that may leave the process (identifiers masked). */
  redactedText: string;
  /** When set, the reply is this vetted text and nothing downstream runs (emergency, crisis, decline). */
  cannedReply?: { kind: string; text: string };
  /** Vetted text appended after an answer (next steps for the level, escalation notice). */
  footer?: string;
  escalation: EscalationDecision | null;
  /** The input checks' verdicts, stored as this turn's safety ledger. */
  ledger: LedgerEntry[];
  policyVersion: string;
}

export interface Passage {
  id: string;
  documentId: string;
  version: number;
  title: string;
  section: string;
  text: string;
  url: string;
  score: number;
  /** Share (0–1) of the patient's own wording, weighted by rarity, that this passage matches. */
  coverage: number;
}

export interface RetrievalQuery {
  text: string;
  locale: string;
  level: TriageLevel;
  history: ConversationTurn[];
}

export interface Draft {
  text: string;
  citations: StoredCitation[];
  flags: string[];
  meta: Record<string, unknown>;
  /** Output checks' verdicts, appended to the turn's ledger. */
  ledger?: LedgerEntry[];
}

export interface RespondInput {
  turn: Turn;
  assessment: Assessment;
  passages: Passage[];
  signal: AbortSignal;
  /** The assessment after the model's triage second opinion (never less urgent), when one runs. */
  reassessed?: Promise<Assessment>;
}

/** Streams draft text; each chunk reaches the patient only through the output stage. */
export type Responder = (input: RespondInput) => AsyncGenerator<string, Omit<Draft, "text">>;

export interface OutputStageEvents {
  /** Checked text the patient may see now. */
  release(text: string): void;
  /** Everything released so far is withdrawn; the replacement follows. */
  retract(reason: string): void;
}

export type OutputStage = (
  input: RespondInput,
  draft: AsyncGenerator<string, Omit<Draft, "text">>,
  events: OutputStageEvents,
) => Promise<Draft>;

export interface ChatStages {
  assess(turn: Turn): Promise<Assessment>;
  retrieve(query: RetrievalQuery): Promise<Passage[]>;
  respond: Responder;
  checkOutput: OutputStage;
  /** A second opinion on triage that may raise urgency, never lower it; runs beside retrieval. */
  secondOpinion?(input: {
    turn: Turn;
    assessment: Assessment;
    signal: AbortSignal;
  }): Promise<Assessment>;
}
