import type { AnswerTurn } from "../../prompts/answer.ts";
import { redactPhi } from "../../safety/phi/index.ts";
import type { ConversationTurn } from "../../safety/types.ts";

// The slice of a conversation the model sees: the last few turns, within a character budget
// (about 1,500 tokens), every one PHI-redacted. The stored transcript keeps the originals.

export const MODEL_WINDOW = { maxTurns: 6, maxChars: 6_000 } as const;

const ROLE: Record<ConversationTurn["role"], AnswerTurn["role"]> = {
  patient: "patient",
  assistant: "careline",
  staff: "care_team",
};

export function redacted(text: string): string {
  return redactPhi(text).redactedText;
}

export function modelWindow(history: readonly ConversationTurn[]): AnswerTurn[] {
  const window: AnswerTurn[] = [];
  let chars = 0;
  for (const turn of history.slice(-MODEL_WINDOW.maxTurns).reverse()) {
    const text = redacted(turn.text);
    if (chars + text.length > MODEL_WINDOW.maxChars) break;
    chars += text.length;
    window.unshift({ role: ROLE[turn.role], text });
  }
  // A window must not open on a reply to a message the model cannot see.
  while (window[0] && window[0].role !== "patient") window.shift();
  return window;
}
