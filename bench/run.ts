// npm run bench [-- name…] [--all] — every benchmark, or the named ones; --all makes the retrieval
// benchmark ask every question instead of a seeded sample. Speed is measured here, never in tests.
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
  {
    name: "model-latency",
    load: async () => (await import("./model-latency.ts")).modelLatencyBenchmark,
  },
];

const args = process.argv.slice(2);
const names = args.filter((a) => !a.startsWith("--"));
const chosen = names.length > 0 ? registry.filter((b) => names.includes(b.name)) : registry;
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
