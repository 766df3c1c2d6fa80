import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { findChromium, launchChromium } from "../support/browser.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";

const chromiumInfo = findChromium();

describe.skipIf(!chromiumInfo.path)(
  `patient chat page in Chromium${chromiumInfo.path ? "" : ` (skipped: ${chromiumInfo.skipReason})`}`,
  () => {
    let server: TestServer;
    let browser: Browser;
    beforeAll(async () => {
      server = await startTestServer({ database: "pglite" });
      browser = await launchChromium(chromiumInfo.path as string);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    async function openChat(): Promise<Page> {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(server.url);
      await expect.poll(() => page.locator("#status").getAttribute("data-state")).toBe("open");
      expect(errors).toEqual([]);
      return page;
    }

    test("tells the patient it is an AI, not for emergencies, read by the care team, and how to reach a person", async () => {
      const page = await openChat();
      const disclosure = await page.locator("#disclosure").textContent();
      expect(disclosure).toMatch(/AI assistant/);
      expect(disclosure).toMatch(/not talking to a person/);
      expect(disclosure).toMatch(/not for emergencies/i);
      expect(disclosure).toMatch(/care team may read/);
      expect(disclosure).toMatch(/talk to a person/i);
      expect(await page.locator("#call-link").textContent()).toContain("911");
      await page.close();
    });

    test("sends a message over the WebSocket and shows the streamed reply as text", async () => {
      const page = await openChat();
      const frames: string[] = [];
      page.on("websocket", (ws) => ws.on("framereceived", (f) => frames.push(String(f.payload))));
      await page.reload();
      await expect.poll(() => page.locator("#status").getAttribute("data-state")).toBe("open");
      await page.getByLabel("Message").fill("<b>bold?</b> what helps a sore throat");
      await page.keyboard.press("Enter");
      const reply = page.locator(".msg--assistant").last();
      await expect.poll(() => reply.getAttribute("aria-busy"), { timeout: 10_000 }).toBeNull();
      expect(await reply.locator(".msg__text").textContent()).toMatch(/sore throat/i);
      const source = reply.locator(".msg__sources a").first();
      expect(await source.getAttribute("href")).toMatch(/\/guidance\/sore-throat\/v\/1#/);
      expect(await source.textContent()).toMatch(/^Sore throat/);
      expect(frames.some((f) => f.includes('"reply.delta"'))).toBe(true);
      expect(frames.some((f) => f.includes('"reply.done"'))).toBe(true);
      const mine = page.locator(".msg--patient").last();
      expect(await mine.locator(".msg__text").textContent()).toBe(
        "<b>bold?</b> what helps a sore throat",
      );
      expect(await mine.locator("b").count()).toBe(0);
      await page.screenshot({ path: "test-results/patient-chat.png" });
      await page.close();
    });

    test("keeps the conversation in the tab's session and shows it again after a reload", async () => {
      const page = await openChat();
      await page.getByLabel("Message").fill("please remember this");
      await page.getByRole("button", { name: "Send" }).click();
      await expect.poll(() => page.locator(".msg--assistant").count()).toBeGreaterThan(0);
      await expect
        .poll(() => page.locator(".msg--assistant").last().getAttribute("aria-busy"))
        .toBeNull();
      await page.reload();
      await expect
        .poll(() => page.locator(".msg--patient .msg__text").allInnerTexts())
        .toContain("please remember this");
      await page.close();
    });

    test("shows a clear disconnected state, reconnects, and sends what was typed while offline", async () => {
      const page = await openChat();
      // Offline in the browser, so reconnects fail until it is back (page.route can't stop a
      // WebSocket handshake).
      await page.context().setOffline(true);
      server.closeSockets(1012, "test drops the connection");
      await expect.poll(() => page.locator("#status").getAttribute("data-state")).toBe("closed");
      expect(await page.locator("#status").textContent()).toMatch(/Not connected.*call 911/s);
      await page.getByLabel("Message").fill("sent while offline");
      await page.keyboard.press("Enter");
      expect(await page.locator(".msg--patient").last().textContent()).toMatch(/Sending/);
      await page.context().setOffline(false);
      await expect
        .poll(() => page.locator("#status").getAttribute("data-state"), { timeout: 15_000 })
        .toBe("open");
      const reply = page.locator(".msg--assistant").last();
      await expect.poll(() => reply.getAttribute("aria-busy"), { timeout: 10_000 }).toBeNull();
      expect(await page.locator(".msg--patient .msg__text").allInnerTexts()).toContain(
        "sent while offline",
      );
      await page.close();
    });
  },
);
