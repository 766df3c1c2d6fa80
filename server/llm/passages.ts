import type { AnswerPassage } from "../../prompts/answer.ts";
import type { OutputPassage } from "../../safety/output/types.ts";
import type { StoredCitation } from "../db/schema/index.ts";
import type { Passage } from "../services/chat/pipeline.ts";

// Retrieved passages as the model sees them (labelled p1, p2, … in retrieval order) and as stored
// citations, in the order the reply first cites them.

export function passageLabel(index: number): string {
  return `p${index + 1}`;
}

export function promptPassages(passages: readonly Passage[]): AnswerPassage[] {
  return passages.map((p, i) => ({
    label: passageLabel(i),
    title: p.title,
    section: p.section,
    text: p.text,
  }));
}

export function outputPassages(passages: readonly Passage[]): OutputPassage[] {
  return passages.map((p, i) => ({ label: passageLabel(i), text: p.text }));
}

export function citationsFor(
  labels: readonly string[],
  passages: readonly Passage[],
): StoredCitation[] {
  const citations: StoredCitation[] = [];
  for (const label of labels) {
    const passage = passages[Number.parseInt(label.slice(1), 10) - 1];
    if (!passage) continue;
    citations.push({
      documentId: passage.documentId,
      version: passage.version,
      title: passage.title,
      section: passage.section,
      url: passage.url,
    });
  }
  return citations;
}
