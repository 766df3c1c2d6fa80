import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, inject, test } from "vitest";
import type { Responder } from "../../server/services/chat/pipeline.ts";
import { createConversation, getTranscript, jsonOf, postMessage } from "../support/http-client.ts";
import { copyPgliteTemplate } from "../support/pglite-template.ts";
import { startTestServer } from "../support/test-server.ts";

describe("graceful shutdown", () => {
  const dir = mkdtempSync(join(tmpdir(), "careline-shutdown-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test("finishes an in-flight reply, stores it, then stops accepting and closes the database", async () => {
    let started!: () => void;
    const replyStarted = new Promise<void>((resolve) => {
      started = resolve;
    });
    const slowResponder: Responder = async function* () {
      started();
      yield "Thanks for waiting. ";
      await new Promise((resolve) => setTimeout(resolve, 800));
      yield "Here is the rest of the answer.";
      return { citations: [], flags: [], meta: { responder: "slow-test" } };
    };
    const dataDir = join(dir, "db");
    copyPgliteTemplate(inject("pgliteTemplate"), dataDir);
    const server = await startTestServer({
      database: "pglite",
      dataDir,
      stages: { respond: slowResponder },
    });
    const conversation = await createConversation(server.url);
    const inFlight = postMessage(server.url, conversation, {
      text: "a slow question",
      clientMessageId: "slow-1",
    });
    await replyStarted;
    const stopping = server.shutdown("SIGTERM");
    const response = await inFlight;
    expect(response.status).toBe(200);
    const body = await jsonOf(response);
    expect(body.reply.text).toBe("Thanks for waiting. Here is the rest of the answer.");
    await stopping;
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();

    const reopened = await startTestServer({ database: "pglite", dataDir });
    try {
      const { body: transcript } = await getTranscript(reopened.url, conversation);
      expect(transcript.messages.map((m: { text: string }) => m.text)).toEqual([
        "a slow question",
        "Thanks for waiting. Here is the rest of the answer.",
      ]);
    } finally {
      await reopened.stop();
    }
  });
});
