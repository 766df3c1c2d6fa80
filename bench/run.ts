// npm run bench [-- name…] [--all] — every benchmark, or the named ones. Speed is measured here,
// never in tests. Benchmarks load lazily, so one can run while another's dependencies change.
import { existsSync } from "node:fs";
import { cpus } from "node:os";

export interface Benchmark {
  name: string;
  description: string;
  run(args: string[]): Promise<void>;
}

const registry: Array<{ name: string; load: () => Promise<Benchmark> }> = [
  {
    name: "input-checks",
    load: async () => (await import("./input-checks.ts")).inputChecksBenchmark,
  },
  {
    name: "retrieval",
    load: async () => (await import("./retrieval-medquad.ts")).retrievalBenchmark,
  },
  { name: "model-latency", load: () => loadExported("./model-latency.ts") },
];

// Finds the Benchmark a module exports, whatever its name.
async function loadExported(path: string): Promise<Benchmark> {
  const module = (await import(path)) as Record<string, unknown>;
  const found = Object.values(module).find((v): v is Benchmark =>
    Boolean(v && typeof v === "object" && "run" in v && "name" in v),
  );
  if (!found) throw new Error(`${path} exports no benchmark`);
  return found;
}

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith("--"));
const available = registry.filter(
  (b) => b.name !== "model-latency" || existsSync(new URL("./model-latency.ts", import.meta.url)),
);
const chosen = names.length > 0 ? available.filter((b) => names.includes(b.name)) : available;
if (chosen.length === 0) {
  console.error(`unknown benchmark; available: ${registry.map((b) => b.name).join(", ")}`);
  process.exit(1);
}
console.log(`node ${process.version} · ${cpus().length} cores`);
for (const entry of chosen) {
  const benchmark = await entry.load();
  console.log(`\n== ${benchmark.name}: ${benchmark.description} ==`);
  await benchmark.run(args);
}
