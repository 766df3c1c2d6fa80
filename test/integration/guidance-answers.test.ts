import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createConversation, sendText } from "../support/http-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

// The guidance-only responder (no model configured) over the bundled library, through the API.

describe("answers from vetted guidance without a model", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ database: "pglite" });
  });
  afterAll(() => server?.stop());

  test("answers a self-care question from the matching page, cites it, and safety-nets", async () => {
    const conversation = await createConversation(server.url);
    const { reply } = await sendText(
      server.url,
      conversation,
      "how can I ease my sore throat at home",
    );
    expect(reply.citations[0]).toMatchObject({
      documentId: "sore-throat",
      version: 1,
      title: "Sore throat",
    });
    expect(reply.citations[0]?.url).toMatch(/^\/guidance\/sore-throat\/v\/1#/);
    expect(reply.citations.some((c) => /when to get help/i.test(String(c.section)))).toBe(true);
    expect(reply.text).toContain("checked guidance");
    expect(reply.text).not.toMatch(/\{\{|\}\}/);
    const page = await fetch(`${server.url}${String(reply.citations[0]?.url).split("#")[0]}`);
    expect(page.status).toBe(200);
  });

  test("says honestly when it has no vetted guidance, with the emergency number and the care team", async () => {
    const conversation = await createConversation(server.url);
    const { reply } = await sendText(
      server.url,
      conversation,
      "what is the best diet for a pet tortoise",
    );
    expect(reply.text).toMatch(/don't have vetted guidance/);
    expect(reply.text).toContain("911");
    expect(reply.citations).toEqual([]);
  });

  test("under an urgent triage, answers with when-to-get-help and never home care, and escalates", async () => {
    const conversation = await createConversation(server.url);
    const { reply } = await sendText(
      server.url,
      conversation,
      "it burns when I pee and now I have a fever and pain in my back",
    );
    expect(reply.triage.level).toBe("urgent");
    expect(reply.text).toMatch(/speak to a clinician today/);
    expect(reply.text).not.toMatch(/at home/i);
    expect(reply.escalation?.priority).toBe("same_day");
  });
});
