import { redactPhi } from "../safety/phi/index.ts";
import { rate } from "./metrics.ts";
import type { PresidioSentence } from "./sources/shared.ts";

// PHI redaction is measured on the pure redactor: by design the public API never returns the
// entities it found (only the `phi_redacted` flag), so there is nothing to read back over HTTP.

interface Counts {
  found: number;
  of: number;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.min(a.end, b.end) - Math.max(a.start, b.start) >= Math.max(1, 0.5 * (a.end - a.start));

/** Project cases: recall per type (the value was masked) and precision (masked text was an identifier). */
export function evaluateProjectPhi(
  cases: Array<{ text: string; entities: Array<{ type: string; value: string }> }>,
): string[] {
  const recall = new Map<string, Counts>();
  let predicted = 0;
  let truePredicted = 0;
  let clean = 0;
  let cleanFlagged = 0;
  for (const c of cases) {
    const result = redactPhi(c.text);
    const gold = c.entities.map((e) => {
      const start = c.text.indexOf(e.value);
      return { type: e.type, start, end: start + e.value.length };
    });
    for (const g of gold) {
      const counts = recall.get(g.type) ?? { found: 0, of: 0 };
      counts.of += 1;
      if (g.start >= 0 && result.entities.some((p) => overlaps(g, p))) counts.found += 1;
      recall.set(g.type, counts);
    }
    predicted += result.entities.length;
    truePredicted += result.entities.filter((p) =>
      gold.some((g) => overlaps(p, g) || overlaps(g, p)),
    ).length;
    if (gold.length === 0) {
      clean += 1;
      if (result.entities.length > 0) cleanFlagged += 1;
    }
  }
  const lines = [...recall.entries()]
    .sort((a, b) => b[1].of - a[1].of)
    .map(([type, c]) => `  ${type.padEnd(10)} recall ${rate(c.found, c.of)}`);
  lines.push(
    `  all types  precision ${rate(truePredicted, predicted)}; sentences without identifiers wrongly redacted ${rate(cleanFlagged, clean)}`,
  );
  return lines;
}

const PRESIDIO_TARGETED: Record<string, string> = {
  PERSON: "name",
  STREET_ADDRESS: "address",
  PHONE_NUMBER: "phone",
  EMAIL_ADDRESS: "email",
  US_SSN: "ssn",
  DATE_TIME: "date",
  IP_ADDRESS: "ip",
  ZIP_CODE: "zip",
  CREDIT_CARD: "account",
  IBAN_CODE: "account",
  DOMAIN_NAME: "url",
  US_DRIVER_LICENSE: "licence",
};

export function evaluatePresidio(sentences: PresidioSentence[]): string[] {
  const recall = new Map<string, Counts>();
  let predicted = 0;
  let truePredicted = 0;
  for (const s of sentences) {
    const result = redactPhi(s.text);
    for (const span of s.spans) {
      const counts = recall.get(span.type) ?? { found: 0, of: 0 };
      counts.of += 1;
      if (result.entities.some((p) => overlaps(span, p))) counts.found += 1;
      recall.set(span.type, counts);
    }
    predicted += result.entities.length;
    truePredicted += result.entities.filter((p) =>
      s.spans.some((g) => overlaps(p, g) || overlaps(g, p)),
    ).length;
  }
  const lines = [...recall.entries()]
    .sort((a, b) => b[1].of - a[1].of)
    .map(([type, c]) => {
      const ours = PRESIDIO_TARGETED[type];
      return `  ${type.padEnd(18)} ${ours ? `(${ours})`.padEnd(10) : "(not a Safe Harbor target here)".padEnd(10)} recall ${rate(c.found, c.of)}`;
    });
  lines.push(`  precision over all predicted entities ${rate(truePredicted, predicted)}`);
  return lines;
}
