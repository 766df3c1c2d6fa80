import { readFileSync } from "node:fs";
import { parse as parseYaml } from "yaml";
import { z } from "zod";

const SynonymFile = z.strictObject({
  version: z.number().int().positive(),
  synonyms: z.record(z.string().min(1), z.array(z.string().min(1)).min(1)),
});

export interface Synonyms {
  version: number;
  /** Lower-case phrase → the library words it adds to a query. */
  entries: ReadonlyMap<string, readonly string[]>;
}

export function loadSynonyms(path: string): Synonyms {
  const parsed = SynonymFile.safeParse(parseYaml(readFileSync(path, "utf8")));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${path}: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return {
    version: parsed.data.version,
    entries: new Map(Object.entries(parsed.data.synonyms).map(([k, v]) => [k.toLowerCase(), v])),
  };
}
