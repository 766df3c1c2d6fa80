// Chat shorthand and glued units rewritten before tokenising, so "im", "2mo", "100.4f", "38,2" or
// "self-harm" reach the matcher as ordinary words and numbers. Input is already folded (lower case).

const REWRITES: ReadonlyArray<readonly [RegExp, string]> = [
  // Decimal commas in temperature-like numbers ("38,2", "100,4") become points.
  [/\b(3[4-9]|4[0-3]|9[5-9]|10[0-9]|110),(\d)\b(?!,?\d)/g, "$1.$2"],
  [/\bt1d?\b/g, "type 1 diabetes"],
  [/\bt2d?\b/g, "type 2 diabetes"],
  [/\bk\.m\.s\b/g, "kms"],
  [/\bb4\b/g, "before"],
  [/\bo\.?d(?:'d|ed)\b/g, "overdosed"],
  [/\bod\b/g, "overdose"],
  [/\b(\d+)\s*(?:y\/o|yo|y\.o\.?)(?=\s|$|[^a-z])/g, "$1 years old"],
  [/\b(\d+)\s*(?:yrs?)\b/g, "$1 years"],
  // "my 2mo", "2mo with a fever": a glued "mo" is a baby's age unless a duration word comes first.
  [
    /(?<!\b(?:for|since|past|last|over|about|nearly|almost|around)\s)\b(\d+)\s*(?:mo|mos|m\/o)\b/g,
    "$1 months old",
  ],
  [/\b(\d+)\s*(?:mo|mos|mths?|mnths?)\b/g, "$1 months"],
  [/\b(\d+)\s*(?:wks?|w\/o)\b/g, "$1 weeks"],
  [/\b(\d+)\s*(?:d\/o)\b/g, "$1 days old"],
  [/\b(\d+)\s*(?:hrs?)\b/g, "$1 hours"],
  [/\b(\d+)\s*(?:mins?)\b/g, "$1 minutes"],
  [/\bw\/o\b/g, "without"],
  [/\bw\/(?=\s)/g, "with"],
  // Letters glued to numbers ("10am", "x500mg", "102f", "type1") are split apart.
  [/(\d)([a-z\u00b0])/g, "$1 $2"],
  [/([a-z])(\d)/g, "$1 $2"],
  // Hyphens and slashes inside words ("self-harm", "6-week-old", "dizzy/faint") become spaces.
  [/([a-z0-9])[-/](?=[a-z])/g, "$1 "],
  [/([a-z])[-/](?=[0-9])/g, "$1 "],
  [/&/g, " and "],
  [/\bi'?m\b/g, "i am"],
  // Contractions typed without the apostrophe that the tokenizer does not split ("hasnt", "didnt").
  [/\b(has|had|was|were|did|could|would|should|must|might|need|are|ai)nt\b/g, "$1 not"],
  [/\bive\b/g, "i have"],
  [/\bhes\b/g, "he is"],
  [/\bshes\b/g, "she is"],
  [/\btheyre\b/g, "they are"],
  [/\bu\b/g, "you"],
  [/\bur\b/g, "your"],
  [/\bgonna\b/g, "going to"],
  [/\bwanna\b/g, "want to"],
  [/\bgotta\b/g, "got to"],
  [/\bidk\b/g, "i do not know"],
  [/\bcuz\b|\bcoz\b/g, "because"],
  [/\bpls\b|\bplz\b/g, "please"],
];

/** Expands chat shorthand in folded text; the result is still folded text. */
export function expandShorthand(folded: string): string {
  let out = folded;
  for (const [pattern, replacement] of REWRITES) out = out.replace(pattern, replacement);
  return out.replace(/ {2,}/g, " ");
}
