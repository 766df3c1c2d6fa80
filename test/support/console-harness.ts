import type { Browser, Page } from "playwright-core";
import { expect } from "vitest";
import { launchChromium } from "./browser.ts";
import { createConversation, sendText } from "./http-client.ts";
import type { StaffAccount } from "./staff-client.ts";
import { startTestServer, type TestServer, type TestServerOptions } from "./test-server.ts";

// The care-team console in Chromium against a real server. Callbacks given to page.evaluate run in
// the browser; the test tsconfig has no DOM lib, so they reach the page through globalThis.

/** Whole flows in a real browser against a real server, on a busy two-core CI box. */
export const FLOW_TIMEOUT_MS = 60_000;

/** Server round trips on a loaded box: poll for up to five seconds unless told otherwise. */
export const eventually = <T>(read: () => Promise<T> | T, timeout = 5_000) =>
  expect.poll(read, { timeout });

export class ConsoleHarness {
  /** Page errors and CSP violations from every page opened; tests assert it stays empty. */
  readonly problems: string[] = [];

  private constructor(
    readonly server: TestServer,
    readonly browser: Browser,
  ) {}

  static async start(
    chromiumPath: string,
    overrides: Omit<TestServerOptions, "database"> = {},
  ): Promise<ConsoleHarness> {
    const server = await startTestServer({ database: "pglite", ...overrides });
    try {
      return new ConsoleHarness(server, await launchChromium(chromiumPath));
    } catch (error) {
      await server.stop();
      throw error;
    }
  }

  async stop(): Promise<void> {
    await this.browser.close();
    await this.server.stop();
  }

  async openConsole(viewport = { width: 1280, height: 900 }): Promise<Page> {
    const page = await this.browser.newPage({ viewport });
    page.on("pageerror", (error) => this.problems.push(`pageerror: ${error.message}`));
    page.on("console", (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text()))
        this.problems.push(`csp: ${message.text()}`);
    });
    await page.goto(`${this.server.url}/console`);
    await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
    return page;
  }

  async signIn(page: Page, who: StaffAccount): Promise<void> {
    await page.getByLabel("Email").fill(who.email);
    await page.getByLabel("Password").fill(who.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { name: "Escalation queue", level: 1 }).waitFor();
    await eventually(() => page.locator("#connection").getAttribute("data-state")).toBe("open");
  }

  /** A patient conversation that escalated, through the public API as the chat page uses it. */
  async escalatedPatient(text: string, level = "emergency") {
    const conversation = await createConversation(this.server.url);
    const { reply } = await sendText(this.server.url, conversation, text);
    expect(reply.triage.level).toBe(level);
    expect(reply.escalation).not.toBeNull();
    return { conversation, reply, escalationId: (reply.escalation as { id: string }).id };
  }
}

export function queueEntry(page: Page, escalationId: string) {
  return page.locator(`.qitem[data-id="${escalationId}"]`);
}

/** A full-page picture from the top, so the sticky header sits where a person sees it. */
export async function screenshot(page: Page, path: string): Promise<void> {
  await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
}
