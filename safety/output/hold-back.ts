import { MED } from "../scope/lexicon.ts";
import { foldText } from "../text/normalize.ts";
import { withoutCitations } from "./clause.ts";

// Which streamed sentences wait for the whole draft before a patient sees them: any number, dose
// word or medicine name. Those claims can lean on a citation later in the draft, and a wrong number
// does the most harm; plain prose is released sentence by sentence once it passes.

const NUMBER_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|half|quarter|once|twice|double|triple)\b/;
const MEDICINE = new RegExp(`\\b(?:${MED})\\b|\\bmg\\b|\\bml\\b|\\bmcg\\b`);

export function holdForWholeDraft(sentence: string): boolean {
  const folded = foldText(withoutCitations(sentence));
  return /\d/.test(folded) || NUMBER_WORD.test(folded) || MEDICINE.test(folded);
}
