import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  azureEnv,
  FakeAzureOpenAi,
  lastUserText,
  type RecordedRequest,
} from "../test/support/fake-azure-openai.ts";
import { spawnCareline } from "../test/support/spawn-careline.ts";
import { findPostgresBin, startThrowawayPostgres } from "../test/support/throwaway-postgres.ts";
import type { Benchmark } from "./run.ts";
import { percentile } from "./stats.ts";

// careline's added latency over the model itself: careline runs as its own process (as `npm start`
// does) against the fake Azure OpenAI at realistic timing, and patients talk to it over HTTP/SSE.
// Each figure is compared with the fake's own, measured in the same run on the same clock.

const TIMING = { firstTokenMs: 300, tokensPerSecond: 40 };
const QUESTION = "What can I do to ease a sore throat?";
// Low-risk prose, as a model following the answer prompt writes it: every sentence streams.
const ANSWER = [
  "I'm sorry your throat hurts [p1].",
  "Resting your voice and sipping cool drinks can help it feel better [p1].",
  "Warm salt water gargles may ease the soreness for a while [p1].",
  "Soft foods are often easier to swallow than dry ones [p1].",
  "Sucking ice chips can also soothe the pain a little [p1].",
  "If it gets worse, or swallowing or breathing gets hard, contact your care team [p1].",
].join(" ");
const WARM_UP_TURNS = 3;
const SEQUENTIAL_TURNS = 10;
const CONCURRENT = 50;
const WAVES = 2;

interface Sample {
  /** careline, as the patient's client sees it: request sent → first delta, → done. */
  firstVisible: number;
  total: number;
  /** Sent → the model call reaching the fake (message stored, input checks, retrieval). */
  beforeModel: number;
  /** The fake's own figures for this turn's answer, from the request reaching it. */
  fakeFirstToken: number;
  fakeFirstSentence: number;
  fakeTotal: number;
  fellBack: boolean;
  /** The reply's safety flags, to say why a turn fell back. */
  flags: string[];
}

// A tag the fake can find the turn by: letters only, so PHI redaction leaves it alone.
function tagOf(n: number): string {
  let tag = "";
  for (let i = 0; i < 4; i++, n = Math.floor(n / 26)) tag += String.fromCharCode(97 + (n % 26));
  return `zq${tag}`;
}

async function turn(url: string, fake: FakeAzureOpenAi, n: number): Promise<Sample> {
  const ref = tagOf(n);
  const created = await fetch(`${url}/api/conversations`, { method: "POST" });
  const conversation = (await created.json()) as { id: string; token: string };
  const text = `${QUESTION} (ref ${ref})`;
  const sent = performance.now();
  const response = await fetch(`${url}/api/conversations/${conversation.id}/messages`, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${conversation.token}`,
      "Content-Type": "application/json",
      Accept: "text/event-stream",
    },
    body: JSON.stringify({ text }),
  });
  let firstVisible = Number.NaN;
  let fellBack = false;
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  for (;;) {
    const chunk = await reader?.read();
    if (!chunk || chunk.done) break;
    buffer += decoder.decode(chunk.value, { stream: true });
    if (Number.isNaN(firstVisible) && buffer.includes("event: delta")) {
      firstVisible = performance.now() - sent;
    }
  }
  const total = performance.now() - sent;
  const done = /event: done\ndata: (.*)\n/.exec(buffer)?.[1];
  const flags: string[] = done
    ? (JSON.parse(done) as { safety: { flags: string[] } }).safety.flags
    : ["no_reply"];
  if (
    /event: retract/.test(buffer) ||
    flags.some((f) => f === "model_unavailable" || f === "output_check_failed")
  ) {
    fellBack = true;
  }
  const answer = fake.requests.find(
    (r: RecordedRequest) => r.kind === "stream" && lastUserText(r).includes(`(ref ${ref})`),
  );
  if (!answer?.firstTokenAt || !answer.firstSentenceAt || !answer.finishedAt) {
    // The answer was cut short (careline fell back): the turn counts, its fake figures don't.
    return {
      firstVisible,
      total,
      beforeModel: answer ? answer.receivedAt - sent : Number.NaN,
      fakeFirstToken: Number.NaN,
      fakeFirstSentence: Number.NaN,
      fakeTotal: Number.NaN,
      fellBack: true,
      flags,
    };
  }
  return {
    firstVisible,
    total,
    beforeModel: answer.receivedAt - sent,
    fakeFirstToken: answer.firstTokenAt - answer.receivedAt,
    fakeFirstSentence: answer.firstSentenceAt - answer.receivedAt,
    fakeTotal: answer.finishedAt - answer.receivedAt,
    fellBack,
    flags,
  };
}

const p50 = (values: number[]) => percentile(values, 0.5);
const p95 = (values: number[]) => percentile(values, 0.95);
const f = (value: number) => `${Math.round(value)}`.padStart(5);
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const added = (a: number, b: number) => `${a >= b ? "+" : ""}${(((a - b) / b) * 100).toFixed(1)}%`;

function report(label: string, all: Sample[]): void {
  const samples = all.filter((s) => !s.fellBack);
  const pick = (key: keyof Sample) => samples.map((s) => s[key] as number);
  const visible = p50(pick("firstVisible"));
  const total = p50(pick("total"));
  const fakeToken = p50(pick("fakeFirstToken"));
  const fakeSentence = p50(pick("fakeFirstSentence"));
  const fakeTotal = p50(pick("fakeTotal"));
  const fellBack = all.length - samples.length;
  console.log(`\n${label}: ${samples.length} turns (p50, ms; p95 in brackets)`);
  console.log(
    `  fake model:  first token ${f(fakeToken)}   first sentence complete ${f(fakeSentence)}   whole answer ${f(fakeTotal)}`,
  );
  console.log(
    `  careline:    first visible token ${f(visible)} [${f(p95(pick("firstVisible")))}]   done ${f(total)} [${f(p95(pick("total")))}]   before the model call ${f(p50(pick("beforeModel")))} [${f(p95(pick("beforeModel")))}]`,
  );
  console.log(
    `  first visible token vs the fake's first sentence: ${ratio(visible, fakeSentence)} (${added(visible, fakeSentence)}, target ≤ +10%)`,
  );
  console.log(
    `  first visible token vs the fake's first token:    ${ratio(visible, fakeToken)} (${added(visible, fakeToken)}; a checked release waits for a whole sentence)`,
  );
  console.log(
    `  done vs the fake's whole answer:                 ${ratio(total, fakeTotal)} (${added(total, fakeTotal)})`,
  );
  if (fellBack > 0) {
    const why = all.filter((s) => s.fellBack).flatMap((s) => s.flags);
    console.log(
      `  ${fellBack} of ${all.length} turns fell back to guidance-only (left out above): ${[...new Set(why)].join(", ")}`,
    );
  }
}

/** Why careline fell back, from its own log: the warn lines name the failure or the rule. */
function fallbackReasons(output: string): string[] {
  const reasons: string[] = [];
  for (const line of output.split("\n")) {
    if (!line.includes("guidance-only answer was sent")) continue;
    const entry = JSON.parse(line) as { model?: { failure?: string }; ruleIds?: string[] };
    reasons.push(entry.model?.failure ?? entry.ruleIds?.join("+") ?? "unknown");
  }
  return reasons;
}

async function runOn(database: string, env: Record<string, string>): Promise<void> {
  const fake = await FakeAzureOpenAi.start({
    timing: TIMING,
    fallthrough: (request) =>
      request.kind === "structured"
        ? { type: "structured", value: { level: "info", crisisTier: "none" } }
        : { type: "stream", text: ANSWER },
  });
  const careline = await spawnCareline(
    // Every turn opens its own conversation, far beyond the per-address default.
    { ...azureEnv(fake), CARELINE_NEW_CONVERSATIONS_PER_MINUTE: "1000000", ...env },
    180_000,
  );
  try {
    console.log(`\n-- careline on ${database} (${careline.url}, model mode azure-openai) --`);
    let n = 0;
    for (let i = 0; i < WARM_UP_TURNS; i++) await turn(careline.url, fake, n++);
    const sequential: Sample[] = [];
    for (let i = 0; i < SEQUENTIAL_TURNS; i++) sequential.push(await turn(careline.url, fake, n++));
    report("1 conversation at a time", sequential);
    const concurrent: Sample[] = [];
    for (let wave = 0; wave < WAVES; wave++) {
      const turns = Array.from({ length: CONCURRENT }, () => turn(careline.url, fake, n++));
      concurrent.push(...(await Promise.all(turns)));
    }
    report(`${CONCURRENT} concurrent conversations (${WAVES} waves)`, concurrent);
    const reasons = fallbackReasons(careline.output());
    if (reasons.length > 0)
      console.log(`  careline's log says why it fell back: ${reasons.join(", ")}`);
    fake.verify();
  } finally {
    await careline.stop();
    await fake.close();
  }
}

export const modelLatencyBenchmark: Benchmark = {
  name: "model-latency",
  description: `careline's added latency over the model (fake Azure OpenAI at ${TIMING.firstTokenMs} ms to first token, ${TIMING.tokensPerSecond} tokens/s), over HTTP/SSE`,
  async run() {
    const dir = mkdtempSync(join(tmpdir(), "careline-bench-"));
    try {
      await runOn("PGlite", { CARELINE_DATA_DIR: join(dir, "db") });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const bin = findPostgresBin();
    const given = process.env.BENCH_DATABASE_URL;
    const server = given ? undefined : bin ? await startThrowawayPostgres(bin) : undefined;
    const url = given ?? server?.url;
    if (!url) {
      console.log("\nPostgreSQL: skipped (no BENCH_DATABASE_URL and no server binaries)");
      return;
    }
    try {
      await runOn("PostgreSQL", { DATABASE_URL: url });
    } finally {
      server?.stop();
    }
  },
};
