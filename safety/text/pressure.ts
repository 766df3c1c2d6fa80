// Blood-pressure readings: "185/112", "190 over 120", "bp 150 / 95". A slash pair counts only when it
// is plausible as a reading and, unless it looks unmistakably like one, a pressure word is nearby.
import type { Span, Token } from "./tokenize.ts";

export interface PressureReading {
  kind: "bloodPressure";
  systolic: number;
  diastolic: number;
  at: number;
}

const CONTEXT = new Set([
  "bp",
  "blood",
  "pressure",
  "pressures",
  "reading",
  "readings",
  "monitor",
  "cuff",
  "systolic",
  "diastolic",
  "hypertension",
  "hypertensive",
  "mmhg",
]);

function plausible(systolic: number, diastolic: number): boolean {
  return (
    systolic >= 70 && systolic <= 300 && diastolic >= 30 && diastolic <= 200 && systolic > diastolic
  );
}

function contextIn(tokens: readonly Token[], s: Span): boolean {
  for (let i = s.start; i < s.end; i++) if (CONTEXT.has(tokens[i]?.value ?? "")) return true;
  return false;
}

const PAIR = /^(\d{2,3})\/(\d{2,3})$/;

export function readPressures(
  tokens: readonly Token[],
  sentences: readonly Span[],
): PressureReading[] {
  const out: PressureReading[] = [];
  for (const s of sentences) {
    let context: boolean | undefined;
    const hasContext = (): boolean => {
      context ??= contextIn(tokens, s);
      return context;
    };
    for (let i = s.start; i < s.end; i++) {
      const t = tokens[i];
      if (t?.kind !== "number") continue;
      const glued = PAIR.exec(t.value);
      let systolic: number | undefined;
      let diastolic: number | undefined;
      let unmistakable = false;
      if (glued) {
        systolic = Number(glued[1]);
        diastolic = Number(glued[2]);
        unmistakable = systolic >= 100 && diastolic >= 50 && systolic - diastolic >= 20;
      } else {
        const joiner = tokens[i + 1]?.value;
        const second = tokens[i + 2];
        if ((joiner === "/" || joiner === "over") && second?.kind === "number" && i + 2 < s.end) {
          systolic = Number(t.value);
          diastolic = Number(second.value);
        }
      }
      if (systolic === undefined || diastolic === undefined) continue;
      if (!plausible(systolic, diastolic)) continue;
      if (!unmistakable && !hasContext()) continue;
      out.push({ kind: "bloodPressure", systolic, diastolic, at: i });
    }
  }
  return out;
}
