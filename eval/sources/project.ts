import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Level } from "../metrics.ts";

// The project's own labelled cases (eval/cases/*.jsonl), written in patient language.

const DIR = fileURLToPath(new URL("../cases/", import.meta.url));

export function readJsonl<T>(path: string): T[] {
  return readFileSync(path, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line, index) => {
      try {
        return JSON.parse(line) as T;
      } catch {
        throw new Error(`${path}:${index + 1}: not valid JSON`);
      }
    });
}

export interface TriageCase {
  id: string;
  text?: string;
  turns?: string[];
  expected: Level;
  group?: string;
  crisis?: string | null;
  methodSeeking?: boolean;
}

export const triageCases = () => readJsonl<TriageCase>(`${DIR}triage.jsonl`);
export const injectionCases = () =>
  readJsonl<{ id: string; text: string; injection: boolean }>(`${DIR}injection.jsonl`);
export const scopeCases = () =>
  readJsonl<{ id: string; text: string; scope: string | null }>(`${DIR}scope.jsonl`);
export const phiCases = () =>
  readJsonl<{ id: string; text: string; entities: Array<{ type: string; value: string }> }>(
    `${DIR}phi.jsonl`,
  );

export function turnsOf(c: { text?: string; turns?: string[] }): string[] {
  return c.turns ?? (c.text ? [c.text] : []);
}
