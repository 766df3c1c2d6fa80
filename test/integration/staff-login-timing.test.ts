import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { addStaff, type StaffAccount, StaffClient } from "../support/staff-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

// A property, not a benchmark: whether an email exists must not show in how long a failed sign-in
// takes. Medians of interleaved attempts, each on a fresh email (no lockouts), with a bound wide
// enough for a loaded 2-core machine but far below the ~10x gap a skipped hash would make.
const ATTEMPTS = 9;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

describe("sign-in timing", { timeout: 120_000 }, () => {
  let server: TestServer;
  let known: StaffAccount[];
  beforeAll(async () => {
    server = await startTestServer({ database: "pglite" });
    known = [];
    for (let i = 0; i < ATTEMPTS; i += 1) known.push(await addStaff(server, "clinician"));
  });
  afterAll(() => server?.stop());

  const timed = async (email: string) => {
    const started = performance.now();
    const response = await new StaffClient(server.url).login(email, "Wrong-password-for-timing");
    await response.arrayBuffer();
    expect(response.status).toBe(401);
    return performance.now() - started;
  };

  test("does not reveal whether an email exists", async () => {
    await timed("warm-up@example.org");
    const existing: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < ATTEMPTS; i += 1) {
      existing.push(await timed((known[i] as StaffAccount).email));
      unknown.push(await timed(`nobody-${i}-${Date.now()}@example.org`));
    }
    const a = median(existing);
    const b = median(unknown);
    expect(Math.max(a, b) / Math.min(a, b)).toBeLessThan(1.6);
  });
});
