import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { createConversation, getTranscript, jsonOf, postMessage } from "../support/http-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { databaseTargets } from "./databases.ts";

for (const target of databaseTargets()) {
  describe.skipIf(target.skip)(`conversations API, security, on ${target.label}`, () => {
    let server: TestServer;
    let mine: { id: string; token: string };
    let theirs: { id: string; token: string };
    beforeAll(async () => {
      server = await startTestServer({ database: target.database });
      mine = await createConversation(server.url);
      theirs = await createConversation(server.url);
    });
    afterAll(() => server?.stop());

    const readWith = (id: string, authorization?: string) =>
      fetch(`${server.url}/api/conversations/${id}`, {
        headers: authorization ? { Authorization: authorization } : {},
      });

    test("returns 404 for a wrong token", async () => {
      const response = await readWith(mine.id, `Bearer ${"x".repeat(43)}`);
      expect(response.status).toBe(404);
    });

    test("returns 404 for another patient's conversation", async () => {
      expect((await readWith(theirs.id, `Bearer ${mine.token}`)).status).toBe(404);
      const sent = await postMessage(
        server.url,
        { id: theirs.id, token: mine.token },
        { text: "hi" },
      );
      expect(sent.status).toBe(404);
      const { body } = await getTranscript(server.url, theirs);
      expect(body.messages).toHaveLength(0);
    });

    test("an unknown conversation and a wrong token look the same", async () => {
      const unknown = await readWith(
        "00000000-0000-4000-8000-000000000000",
        `Bearer ${mine.token}`,
      );
      const wrong = await readWith(theirs.id, `Bearer ${mine.token}`);
      const strip = async (r: Response) => {
        const body = await jsonOf(r);
        return { status: r.status, code: body.error.code, message: body.error.message };
      };
      expect(await strip(unknown)).toEqual(await strip(wrong));
    });

    test("returns 401 with a challenge when the token is missing", async () => {
      const response = await readWith(mine.id);
      expect(response.status).toBe(401);
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
      expect(
        (await postMessage(server.url, { id: mine.id, token: "" }, { text: "hi" })).status,
      ).toBe(401);
    });

    test("never accepts the token from the query string", async () => {
      const response = await fetch(
        `${server.url}/api/conversations/${mine.id}?token=${mine.token}`,
      );
      expect(response.status).toBe(401);
    });

    test("treats a malformed conversation id as not found", async () => {
      expect((await readWith("../../etc/passwd", `Bearer ${mine.token}`)).status).toBe(404);
      expect((await readWith("1 or 1=1", `Bearer ${mine.token}`)).status).toBe(404);
    });

    test("sends security headers and no-store on API responses", async () => {
      const response = await readWith(mine.id, `Bearer ${mine.token}`);
      expect(response.headers.get("cache-control")).toBe("no-store");
      expect(response.headers.get("x-content-type-options")).toBe("nosniff");
      const page = await fetch(`${server.url}/`);
      expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    });
  });
}
