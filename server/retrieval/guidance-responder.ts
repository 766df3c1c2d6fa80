import type { TriageLevel } from "../../safety/types.ts";
import type { StoredCitation } from "../db/schema/index.ts";
import { NO_GUIDANCE_TEXT } from "../services/chat/fallback-responder.ts";
import type { Passage, Responder } from "../services/chat/pipeline.ts";
import type { SectionLookup } from "./library-sections.ts";
import { fillPlaceholders } from "./placeholders.ts";
import { markdownToPlainText } from "./plain-text.ts";
import { sectionKind } from "./section-kind.ts";

// The guidance-only responder: careline's answer without a model, and the fallback whenever the
// model fails. It only ever repeats vetted passages (never writes content of its own), picks them
// so the answer never undercuts the triage level, adds the page's own "when to get help" section
// as safety-netting, cites what it used, and says so honestly when nothing vetted fits.

/** Calibrated with `npm run eval:retrieval` on the bundled library: see its low-confidence lines. */
export const DEFAULT_MIN_SCORE = 0.3;

export interface GuidanceResponderOptions {
  sections: SectionLookup;
  minScore?: number;
}

export interface Composition {
  passages: Passage[];
  lowConfidence: boolean;
}

/** Which passages answer, given the level: pure, so it is tested on its own. */
export function choosePassages(
  level: TriageLevel,
  retrieved: Passage[],
  page: Passage[],
  minScore: number,
): Composition {
  const top = retrieved[0];
  if (!top || top.score < minScore) return { passages: [], lowConfidence: true };
  const sameDoc = (p: Passage) => p.documentId === top.documentId && p.version === top.version;
  // The safety-net is the page's red-flag section: the action section that names the emergency
  // number, else the last one (pages end with "When to get help").
  const actions = page.filter((p) => sectionKind(p.section) === "action");
  const action = actions.find((p) => p.text.includes("{{emergency_number}}")) ?? actions.at(-1);
  const cautious = level === "urgent" || level === "routine" || level === "emergency";
  let primary = top;
  if (cautious && sectionKind(top.section) === "home") {
    primary =
      retrieved.find((p) => sameDoc(p) && sectionKind(p.section) !== "home") ?? action ?? top;
    if (sectionKind(primary.section) === "home") return { passages: [], lowConfidence: true };
  }
  if (level === "urgent" && action) primary = action;
  const chosen = [primary];
  if (action && action.id !== primary.id) chosen.push(action);
  return { passages: chosen, lowConfidence: false };
}

export function createGuidanceResponder(options: GuidanceResponderOptions): Responder {
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  return async function* guidanceResponder({ turn, assessment, passages }) {
    const top = passages[0];
    const page = top ? await options.sections(top.documentId, top.version) : [];
    const { passages: chosen, lowConfidence } = choosePassages(
      assessment.triage.level,
      passages,
      page,
      minScore,
    );
    if (lowConfidence) {
      yield NO_GUIDANCE_TEXT.replace(
        "your local emergency number",
        `your local emergency number (${turn.contacts.emergencyNumber})`,
      );
      return {
        citations: [],
        flags: ["no_vetted_guidance"],
        meta: { responder: "guidance", lowConfidence: true, topScore: top?.score ?? null },
      };
    }
    const first = chosen[0] as Passage;
    yield `Here is what careline's checked guidance on "${first.title}" says.\n\n`;
    for (const [index, passage] of chosen.entries()) {
      const text = fillPlaceholders(markdownToPlainText(passage.text), turn.contacts);
      yield index === 0 ? text : `\n\n${passage.section}:\n${text}`;
    }
    const citations: StoredCitation[] = chosen.map((p) => ({
      documentId: p.documentId,
      version: p.version,
      title: p.title,
      section: p.section,
      url: p.url,
    }));
    return {
      citations,
      flags: [],
      meta: {
        responder: "guidance",
        passageIds: chosen.map((p) => p.id),
        topScore: top?.score ?? null,
      },
    };
  };
}
