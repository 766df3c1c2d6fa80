import { describe, expect, test } from "vitest";
import type { ConversationTurn } from "../../safety/types.ts";
import { MODEL_WINDOW, modelWindow } from "../../server/llm/conversation-window.ts";

const at = new Date("2026-01-01T00:00:00Z");
const turn = (role: ConversationTurn["role"], text: string): ConversationTurn => ({
  role,
  text,
  at,
});

describe("the conversation window the model sees", () => {
  test("keeps only the last few turns", () => {
    const history = Array.from({ length: 20 }, (_, i) =>
      turn(i % 2 ? "assistant" : "patient", `turn ${i}`),
    );
    const window = modelWindow(history);
    expect(window.length).toBeLessThanOrEqual(MODEL_WINDOW.maxTurns);
    expect(window.at(-1)?.text).toBe("turn 19");
    expect(window[0]?.role).toBe("patient");
  });

  test("stays within its character budget, dropping the oldest turns first", () => {
    const long = "a".repeat(MODEL_WINDOW.maxChars / 2);
    const window = modelWindow([
      turn("patient", long),
      turn("assistant", long),
      turn("patient", "short"),
    ]);
    expect(window.map((t) => t.text.length).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(
      MODEL_WINDOW.maxChars,
    );
    expect(window.at(-1)?.text).toBe("short");
  });

  test("redacts identifiers in every earlier turn", () => {
    const window = modelWindow([
      turn("patient", "I'm Maria Gonzalez, call me on 555-201-3344"),
      turn("staff", "Hi, we emailed maria.g@example.com"),
    ]);
    expect(JSON.stringify(window)).not.toMatch(/Gonzalez|555-201-3344|maria\.g@example\.com/);
    expect(window.map((t) => t.role)).toEqual(["patient", "care_team"]);
  });
});
