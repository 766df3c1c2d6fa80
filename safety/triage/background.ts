// Risk factors that stay true for a while after they happened: "had a baby 2 weeks ago", "knee
// operation last week", "chemo on Monday". Triage counts them up to these many days back; the symptom
// itself must still be current (see text/evidence.ts `background`).
export const BACKGROUND: ReadonlyMap<string, number> = new Map([
  ["CLOT_RISK", 90],
  ["POSTPARTUM", 90],
  ["CHEMO", 60],
  ["IMMUNOSUPPRESSED", Number.POSITIVE_INFINITY],
  ["PREGNANT", 280],
  ["MAYBE_PREGNANT", 60],
  ["DIABETIC", Number.POSITIVE_INFINITY],
  ["EPILEPSY", Number.POSITIVE_INFINITY],
  ["ASTHMA", Number.POSITIVE_INFINITY],
  ["ANTICOAG", 365],
  ["HEAD_INJURY", 14],
  ["INFECTION", 14],
  ["UTI", 14],
  ["CHOKING", 3],
  ["VACCINE_RECENT", 3],
  ["CATHETER", Number.POSITIVE_INFINITY],
]);
