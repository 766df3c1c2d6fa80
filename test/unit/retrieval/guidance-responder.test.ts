import { describe, expect, test } from "vitest";
import { choosePassages } from "../../../server/retrieval/guidance-responder.ts";
import { fillPlaceholders } from "../../../server/retrieval/placeholders.ts";
import { markdownToPlainText } from "../../../server/retrieval/plain-text.ts";
import { sectionKind } from "../../../server/retrieval/section-kind.ts";
import type { Passage } from "../../../server/services/chat/pipeline.ts";

const passage = (id: string, section: string, score = 1, documentId = "sore-throat"): Passage => ({
  id,
  documentId,
  version: 1,
  title: "Sore throat",
  section,
  text: `${section} text`,
  url: `/guidance/${documentId}/v/1`,
  score,
  coverage: 1,
});
const home = passage("home", "Easing a sore throat at home");
const info = passage("info", "Common causes of a sore throat", 0.8);
const action = passage("action", "When to get help", 0.5);
const page = [info, home, action];

describe("guidance-only responder: which vetted passages answer", () => {
  test("says it has no vetted guidance when retrieval is not confident", () => {
    expect(choosePassages("info", [passage("weak", "Anything", 0.1)], page, 0.3)).toEqual({
      passages: [],
      lowConfidence: true,
    });
    expect(choosePassages("self_care", [], [], 0.3).lowConfidence).toBe(true);
  });

  test.each(["self_care", "info"] as const)(
    "at %s gives the best passage and ends with the page's when-to-get-help",
    (level) => {
      const chosen = choosePassages(level, [home, info], page, 0.3).passages.map((p) => p.id);
      expect(chosen).toEqual(["home", "action"]);
    },
  );

  test("at routine never leads with home care", () => {
    const chosen = choosePassages("routine", [home, info], page, 0.3).passages.map((p) => p.id);
    expect(chosen).toEqual(["info", "action"]);
  });

  test("at urgent gives the when-to-get-help section, never home care", () => {
    const chosen = choosePassages("urgent", [home, info], page, 0.3).passages;
    expect(chosen.map((p) => p.id)).toEqual(["action"]);
    expect(chosen.some((p) => sectionKind(p.section) === "home")).toBe(false);
  });

  test("at urgent with only home care available, admits it has nothing suitable", () => {
    expect(choosePassages("urgent", [home], [home], 0.3).lowConfidence).toBe(true);
  });
});

describe("section kinds", () => {
  test.each([
    ["When to get help", "action"],
    ["What to do right now if you think it is a heart attack", "action"],
    ["When to see someone about a cough", "action"],
    ["Easing a cold at home", "home"],
    ["Looking after a fever at home", "home"],
    ["Things that can help with anxiety", "home"],
    ["Common causes of back pain", "info"],
    ["How long a cold lasts", "info"],
  ])("%s is %s", (heading, kind) => {
    expect(sectionKind(heading)).toBe(kind);
  });
});

describe("rendering passages", () => {
  const contacts = {
    region: "GB",
    emergencyNumber: "999",
    crisisLines: [{ label: "Samaritans", contact: "call 116 123" }],
    urgentAdviceLine: "NHS 111",
  };

  test("fills placeholders with the patient's own numbers", () => {
    expect(
      fillPlaceholders(
        "Call {{emergency_number}} or {{urgent_advice}}; crisis: {{crisis_line}}.",
        contacts,
      ),
    ).toBe("Call 999 or NHS 111; crisis: Samaritans (call 116 123).");
  });

  test("turns Markdown into plain text without losing list items", () => {
    expect(
      markdownToPlainText(
        "**Rest** and [drink](https://x.org) water.\n* sip often\n* _small_ meals",
      ),
    ).toBe("Rest and drink water.\n- sip often\n- small meals");
  });
});
