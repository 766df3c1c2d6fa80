import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ingestLibrary } from "../../server/retrieval/ingest.ts";
import { writeLibrary } from "../support/guidance-fixtures.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

const HOSTILE = [
  "## Safe heading",
  "",
  "Plain advice. Call {{emergency_number}} in an emergency.",
  "",
  '<script>alert("owned")</script>',
  "",
  '<img src=x onerror="alert(2)">',
  "",
  "[click me](javascript:alert(3)) and [data](data:text/html;base64,PHNjcmlwdD4=) and [ok](https://www.nhs.uk/)",
  "",
  '<a href="javascript:alert(4)">raw link</a>',
].join("\n");

describe("guidance pages", () => {
  let server: TestServer;
  beforeAll(async () => {
    const dir = writeLibrary([
      { id: "hostile-page", title: 'Title with <b>tags</b> & "quotes"', body: HOSTILE },
      { id: "versioned-page", version: 1, body: "## First version\n\nOld advice." },
      { id: "overdue-page", reviewDue: "2020-01-01", body: "## Overdue\n\nStale." },
      { id: "draft-page", status: "draft", body: "## Draft\n\nNot reviewed." },
    ]);
    server = await startTestServer({ database: "pglite", env: { CARELINE_GUIDANCE_DIR: dir } });
    writeLibrary(
      [{ id: "versioned-page", version: 2, body: "## Second version\n\nNew advice." }],
      dir,
    );
    await ingestLibrary(server.deps.database.db, dir, {
      today: new Date().toISOString().slice(0, 10),
    });
  });
  afterAll(() => server?.stop());

  test("renders Markdown with every script, handler and dangerous link neutralised", async () => {
    const response = await fetch(`${server.url}/guidance/hostile-page`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-security-policy")).toContain("script-src 'self'");
    const html = await response.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).not.toMatch(/<[^>]*\son[a-z]+=/i);
    expect(html).toContain("&lt;script&gt;");
    expect(html).toContain(
      '<a href="https://www.nhs.uk/" rel="noopener noreferrer" target="_blank">ok</a>',
    );
    expect(html).toContain("Title with &lt;b&gt;tags&lt;/b&gt; &amp; &quot;quotes&quot;");
    expect(html).toContain("Call 911 in an emergency.");
  });

  test("fills the emergency number for the locale asked for", async () => {
    const html = await (await fetch(`${server.url}/guidance/hostile-page?locale=en-GB`)).text();
    expect(html).toContain("Call 999 in an emergency.");
  });

  test("shows the current version, and still opens a cited older version with a pointer to the new one", async () => {
    const current = await (await fetch(`${server.url}/guidance/versioned-page`)).text();
    expect(current).toContain("New advice.");
    const older = await fetch(`${server.url}/guidance/versioned-page/v/1`);
    expect(older.status).toBe(200);
    const html = await older.text();
    expect(html).toContain("Old advice.");
    expect(html).toMatch(/current version \(2\)/);
  });

  test.each([["overdue-page"], ["draft-page"], ["no-such-page"], ["..%2F..%2Fetc%2Fpasswd"]])(
    "withholds %s",
    async (id) => {
      const response = await fetch(`${server.url}/guidance/${id}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toContain("not available");
    },
  );
});
