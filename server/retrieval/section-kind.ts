// What a guidance section is for, read from its heading. Our documents follow one structure
// (information, self-care, "When to get help"); the responder uses this so an answer never
// undercuts the triage level — no home-care section under an urgent triage.

export type SectionKind = "action" | "home" | "info";

const ACTION =
  /\b(when to (get|seek|call|see|talk|contact|book)|get (help|medical help|urgent help)|what to do (right )?now|do right now|call .*now|emergency|urgent|warning signs|red flags?|danger signs|when it is serious|when to worry|seek help)\b/i;
const HOME =
  /\b(at home|home care|home treatment|self[- ]care|easing|ease|relieve|relief|soothe|look(ing)? after|treat(ing)? (it|a|an|your|minor)|what (you )?can do|managing|manage|remedies|things that (can )?help|ways to|how to get through|helping yourself|coping)\b/i;

export function sectionKind(heading: string): SectionKind {
  if (ACTION.test(heading)) return "action";
  if (HOME.test(heading)) return "home";
  return "info";
}
