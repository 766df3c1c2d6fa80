import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { createConversation, getTranscript, sendText } from "../support/http-client.ts";
import { runCarelineExpectingExit, spawnCareline } from "../support/spawn-careline.ts";

// Each case starts real processes (PGlite boot included): generous timeouts, not timed assertions.
describe("careline as a process", { timeout: 120_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "careline-process-"));
  const dataDir = join(dir, "db");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("keeps every conversation and message across a restart on the same data directory", async () => {
    const first = await spawnCareline({ CARELINE_DATA_DIR: dataDir });
    const conversation = await createConversation(first.url);
    const sent = await sendText(first.url, conversation, "remember me after a restart", "r-1");
    const before = await getTranscript(first.url, conversation);
    expect(await first.stop("SIGTERM")).toBe(0);
    expect(first.output()).toContain('"msg":"stopped"');

    const second = await spawnCareline({ CARELINE_DATA_DIR: dataDir });
    try {
      const after = await getTranscript(second.url, conversation);
      expect(after.status).toBe(200);
      expect(after.body).toEqual(before.body);
      expect(after.body.messages[1].id).toBe(sent.reply.id);
    } finally {
      await second.stop();
    }
  });

  test("a second process refuses to open a data directory that is in use", async () => {
    const holder = await spawnCareline({ CARELINE_DATA_DIR: dataDir });
    try {
      const intruder = await runCarelineExpectingExit({ CARELINE_DATA_DIR: dataDir });
      expect(intruder.code).not.toBe(0);
      expect(intruder.output).toMatch(/in use by another careline process/);
      const conversation = await createConversation(holder.url);
      await sendText(holder.url, conversation, "the holder still works");
    } finally {
      await holder.stop();
    }
  });

  test("takes over the lock of a process that died without releasing it", async () => {
    const crashed = await spawnCareline({ CARELINE_DATA_DIR: dataDir });
    await crashed.stop("SIGKILL");
    const next = await spawnCareline({ CARELINE_DATA_DIR: dataDir });
    expect((await fetch(`${next.url}/readyz`)).status).toBe(200);
    await next.stop();
  });

  test.each([
    ["PORT", "not-a-port", /PORT: must be a whole number/],
    ["DATABASE_URL", "mysql://localhost/db", /DATABASE_URL: must be a postgres/],
    ["LOG_LEVEL", "loud", /LOG_LEVEL/],
    ["CARELINE_DEFAULT_LOCALE", "english please", /CARELINE_DEFAULT_LOCALE/],
  ])("exits non-zero naming %s when its value is invalid", async (name, value, message) => {
    const result = await runCarelineExpectingExit({
      [name]: value,
      CARELINE_DATA_DIR: join(dir, "unused"),
    });
    expect(result.code).toBe(1);
    expect(result.output).toMatch(message);
  });
});
