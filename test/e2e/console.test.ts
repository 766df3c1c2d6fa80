import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { findChromium, launchChromium } from "../support/browser.ts";
import { createConversation, getTranscript, sendText } from "../support/http-client.ts";
import { addStaff, type StaffAccount, StaffClient } from "../support/staff-client.ts";
import { startTestServer, type TestServer } from "../support/test-server.ts";
import { TestSocket } from "../support/ws-client.ts";

const chromiumInfo = findChromium();
const STROKE = "my husband's face is drooping and his speech is slurred";
// Urgent (a same-day escalation) and answered from guidance, so the reply carries citations.
const SEVERE_SORE_THROAT = "my sore throat is so bad I can't swallow my own saliva";

// Whole flows in a real browser against a real server, on a busy two-core CI box.
const FLOW_TIMEOUT_MS = 60_000;

/** Server round trips under a loaded CI box: poll for up to five seconds unless told otherwise. */
const eventually = <T>(read: () => Promise<T> | T, timeout = 5_000) =>
  expect.poll(read, { timeout });

describe.skipIf(!chromiumInfo.path)(
  `care-team console in Chromium${chromiumInfo.path ? "" : ` (skipped: ${chromiumInfo.skipReason})`}`,
  () => {
    let server: TestServer;
    let browser: Browser;
    let clinician: StaffAccount;
    const problems: string[] = [];

    beforeAll(async () => {
      server = await startTestServer({ database: "pglite" });
      browser = await launchChromium(chromiumInfo.path as string);
      clinician = await addStaff(server, "clinician", "Nurse Ada Quill");
    });
    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    // Callbacks given to page.evaluate run in the browser; this tsconfig has no DOM lib, so they
    // reach the document through globalThis.

    /** A console page; page errors and CSP violations fail the test at the end. */
    async function openConsole(viewport = { width: 1280, height: 900 }): Promise<Page> {
      const page = await browser.newPage({ viewport });
      page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
      page.on("console", (message) => {
        if (/Content Security Policy|Refused to/i.test(message.text()))
          problems.push(`csp: ${message.text()}`);
      });
      await page.goto(`${server.url}/console`);
      await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor();
      return page;
    }

    async function signIn(page: Page, who: StaffAccount): Promise<void> {
      await page.getByLabel("Email").fill(who.email);
      await page.getByLabel("Password").fill(who.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByRole("heading", { name: "Escalation queue", level: 1 }).waitFor();
      await eventually(() => page.locator("#connection").getAttribute("data-state")).toBe("open");
    }

    /** A patient conversation that escalated, through the public API as the chat page uses it. */
    async function escalatedPatient(text: string, level = "emergency") {
      const conversation = await createConversation(server.url);
      const { reply } = await sendText(server.url, conversation, text);
      expect(reply.triage.level).toBe(level);
      expect(reply.escalation).not.toBeNull();
      return { conversation, reply, escalationId: (reply.escalation as { id: string }).id };
    }

    /** A full-page picture from the top, so the sticky header sits where a person sees it. */
    async function screenshot(page: Page, path: string): Promise<void> {
      await page.evaluate(() => (globalThis as any).scrollTo(0, 0));
      await page.screenshot({ path, fullPage: true });
    }

    function queueEntry(page: Page, escalationId: string) {
      return page.locator(`.qitem[data-id="${escalationId}"]`);
    }

    test(
      "a clinician signs in, opens the packet, claims, notes, messages the patient and resolves",
      async () => {
        const { conversation, escalationId } = await escalatedPatient(STROKE);
        const patient = await TestSocket.open(server.url, conversation.id, [
          "careline.v1",
          `bearer.${conversation.token}`,
        ]);
        await patient.nextOfType("ready");
        const page = await openConsole();
        await signIn(page, clinician);

        const entry = queueEntry(page, escalationId);
        await entry.waitFor();
        expect(await entry.locator(".prio").textContent()).toBe("Immediate");
        expect(
          await entry.locator(".fact", { hasText: "Triage" }).locator("dd").textContent(),
        ).toBe("Emergency");
        expect(await entry.locator("[data-sla-due]").textContent()).toMatch(/^Due in [0-4]:\d\d$/);

        await entry.getByRole("link").click();
        await page
          .getByRole("heading", { name: /Immediate escalation: Emergency/, level: 1 })
          .waitFor();
        await eventually(() => page.locator("#trigger .quote__text").textContent()).toBe(STROKE);
        expect(await page.locator("#why").textContent()).toMatch(/emergency/i);
        expect(await page.locator("#ledger table tbody tr").count()).toBeGreaterThan(0);
        const turns = page.locator("#packet-turns .turn__who strong");
        expect(await turns.allTextContents()).toEqual(["Patient", "careline AI"]);
        expect(
          await page.locator('#packet-turns [data-trigger="true"] .turn__text').textContent(),
        ).toBe(STROKE);
        expect(await page.locator("#message-patient").textContent()).toMatch(
          /Claim this escalation/,
        );
        expect(
          await page.getByLabel("Message to the patient (they will see this)").isVisible(),
        ).toBe(false);

        await page.getByRole("button", { name: "Claim" }).click();
        await eventually(() => page.locator("#packet-state").textContent()).toMatch(
          /Claimed by you/,
        );
        expect(await page.evaluate(() => (globalThis as any).document.activeElement?.id)).toBe(
          "packet-state",
        );
        // Claiming tells the patient that a person has their conversation.
        const notice = await patient.nextOfType("conversation.update");
        expect(notice).toMatchObject({ status: "claimed" });
        expect(notice.text).toMatch(/Nurse Ada Quill .*picked up your conversation/);

        const noteText =
          "Spoke to dispatch; <b>ambulance</b> on the way <img src=x onerror=alert(1)>";
        await page.getByLabel("Internal note (care team only)").fill(noteText);
        await page.getByRole("button", { name: "Add internal note" }).click();
        await eventually(() => page.locator("#notes-list .note__text").allTextContents()).toEqual([
          noteText,
        ]);

        const toPatient = "Hello, this is Ada, a nurse on your care team. Have you called 911?";
        await page.getByLabel("Message to the patient (they will see this)").fill(toPatient);
        await page.getByRole("button", { name: "Send to patient" }).click();
        const live = await patient.next(
          (f) => f.type === "staff.message" && f.message.text === toPatient,
        );
        expect(live.message.author).toEqual({ kind: "care_team", name: "Nurse Ada Quill" });
        await eventually(() =>
          page.locator("#packet-turns .turn--staff .turn__text").allTextContents(),
        ).toContain(toPatient);
        const transcript = await getTranscript(server.url, conversation);
        const texts = transcript.body.messages.map((m: { text: string }) => m.text);
        expect(texts).toContain(toPatient);
        expect(texts).not.toContain(noteText);

        await screenshot(page, "test-results/console-packet.png");

        await page.getByLabel("Outcome").selectOption("advised_emergency_services");
        await page.getByLabel("Resolution note (optional, internal)").fill("Patient in ambulance.");
        await page.getByRole("button", { name: "Resolve escalation" }).click();
        await eventually(() => page.locator("#packet-state").textContent()).toMatch(/^Resolved/);
        await eventually(() => page.locator("#timeline").textContent()).toMatch(
          /Resolved by Nurse Ada Quill \(Advised to call emergency services\)/,
        );

        await page.getByRole("button", { name: "Reopen" }).click();
        await eventually(() => page.locator("#packet-state").textContent()).toMatch(/^Open/);

        await page.getByRole("link", { name: "Back to the queue" }).click();
        await queueEntry(page, escalationId).waitFor();
        patient.close();
        await page.close();
        expect(problems).toEqual([]);
      },
      FLOW_TIMEOUT_MS,
    );

    test(
      "a new emergency escalation appears in the open queue live and is announced",
      async () => {
        const page = await openConsole();
        await signIn(page, clinician);
        const started = Date.now();
        const { escalationId } = await escalatedPatient(
          "my mum's face is drooping on one side and her speech is slurred",
        );
        const entry = queueEntry(page, escalationId);
        await entry.waitFor({ timeout: 3_000 });
        expect(Date.now() - started).toBeLessThan(3_000);
        expect(await entry.locator(".new-flag").textContent()).toBe("New");
        await eventually(() => page.locator("#announce-assertive").textContent(), 2_000).toMatch(
          /^New immediate escalation, triage emergency: /,
        );
        // Already on the open queue, the entry itself is the visible notice.
        expect(await page.locator("#alert-strip").isVisible()).toBe(false);
        await screenshot(page, "test-results/console-queue.png");

        // A tablet in portrait: one column, nothing wider than the screen.
        await page.setViewportSize({ width: 768, height: 1024 });
        await entry.getByRole("link").click();
        await page.locator("#packet-turns").waitFor();
        const overflow = await page.evaluate(
          () =>
            (globalThis as any).document.documentElement.scrollWidth -
            (globalThis as any).document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);

        // Reading a packet, the next emergency is announced and linked from a strip on screen.
        const assertive = page.locator("#announce-assertive");
        await assertive.evaluate((region: any) => {
          region.textContent = "";
        });
        const next = await escalatedPatient("my son fell and is unconscious");
        const strip = page.locator("#alert-strip");
        await eventually(() => strip.isVisible(), 3_000).toBe(true);
        expect(await strip.locator(`a[href="#/escalations/${next.escalationId}"]`).count()).toBe(1);
        await eventually(() => assertive.textContent()).toMatch(/^New immediate escalation/);
        await screenshot(page, "test-results/console-packet-tablet.png");
        await page.close();
        expect(problems).toEqual([]);
      },
      FLOW_TIMEOUT_MS,
    );

    test(
      "keyboard only: labelled controls, a sensible focus order, claim → note → resolve",
      async () => {
        const { escalationId } = await escalatedPatient(
          "my dad suddenly can't lift his arm and his face is drooping",
        );
        const page = await openConsole();
        const focused = () =>
          page.evaluate(() => {
            const el = (globalThis as any).document.activeElement;
            return {
              id: el?.id ?? "",
              name: (el?.getAttribute("aria-label") ?? el?.textContent ?? "").trim().slice(0, 60),
              tag: el?.tagName.toLowerCase() ?? "",
              className: el?.className ?? "",
              outline: el ? (globalThis as any).getComputedStyle(el).outlineStyle : "none",
            };
          });
        async function tabTo(match: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 40) {
          const path: string[] = [];
          for (let i = 0; i < max; i += 1) {
            await page.keyboard.press("Tab");
            const now = await focused();
            path.push(now.id || now.name);
            if (match(now)) {
              expect(now.outline, `visible focus on ${now.id || now.name}`).not.toBe("none");
              return path;
            }
          }
          throw new Error(`not reached by Tab; went through ${path.join(" → ")}`);
        }

        // Sign-in: skip link, email, password, button — and nothing else in between.
        expect(await tabTo((f) => f.id === "sign-in-submit")).toEqual([
          "Skip to main content",
          "sign-in-email",
          "sign-in-password",
          "sign-in-submit",
        ]);
        await page.locator("#sign-in-email").focus();
        await page.keyboard.type(clinician.email);
        await page.keyboard.press("Tab");
        await page.keyboard.type(clinician.password);
        await page.keyboard.press("Enter");
        await page.getByRole("heading", { name: "Escalation queue", level: 1 }).waitFor();
        await queueEntry(page, escalationId).waitFor();

        // Every form control on every screen we visit has a programmatic label.
        const unlabelled = () =>
          page.evaluate(() =>
            [...(globalThis as any).document.querySelectorAll("input, select, textarea")]
              .filter((el: any) => !el.closest("[hidden]"))
              .filter(
                (el: any) =>
                  ![...(el.labels ?? [])].some((label: any) => label.textContent.trim()) &&
                  !el.getAttribute("aria-label") &&
                  !el.getAttribute("aria-labelledby"),
              )
              .map((el: any) => el.outerHTML),
          );
        expect(await unlabelled()).toEqual([]);

        // Signed in, focus lands on the queue heading; then the selected tab, then the entries.
        expect((await focused()).id).toBe("queue-title");
        const toEntry = await tabTo((f) => f.className === "qitem__link");
        expect(toEntry.slice(0, 1)).toEqual(["tab-open"]);
        expect(toEntry).toHaveLength(2);
        await page.locator(`.qitem[data-id="${escalationId}"] a`).focus();
        await page.keyboard.press("Enter");
        await page.locator("#packet-turns").waitFor();
        expect((await focused()).id).toBe("packet-title");
        expect(await unlabelled()).toEqual([]);

        // From the heading, Claim is the first thing Tab reaches after Refresh.
        expect(await tabTo((f) => f.name === "Claim")).toEqual(["Refresh", "Claim"]);
        await page.keyboard.press("Enter");
        await eventually(async () => (await focused()).id).toBe("packet-state");
        expect(await page.locator("#packet-state").textContent()).toMatch(/Claimed by you/);

        await tabTo((f) => f.id === "note-text");
        await page.keyboard.type("Checked by keyboard only.");
        await tabTo((f) => f.name === "Add internal note");
        await page.keyboard.press("Enter");
        await eventually(() => page.locator("#notes-list .note__text").allTextContents()).toEqual([
          "Checked by keyboard only.",
        ]);

        await tabTo((f) => f.id === "resolve-outcome");
        await page.keyboard.press("ArrowDown");
        expect(await page.locator("#resolve-outcome").inputValue()).toBe(
          "advised_emergency_services",
        );
        await tabTo((f) => f.name === "Resolve escalation");
        await page.keyboard.press("Enter");
        await eventually(() => page.locator("#packet-state").textContent()).toMatch(/^Resolved/);
        expect((await focused()).id).toBe("packet-state");
        await page.close();
        expect(problems).toEqual([]);
      },
      FLOW_TIMEOUT_MS,
    );

    test(
      "wrong passwords are reported, a lockout says when to retry, and an ended session returns to sign-in",
      async () => {
        const page = await openConsole();
        const stranger = {
          ...clinician,
          email: `nobody.${Date.now()}@example.org`,
          password: "wrong",
        };
        await page.getByLabel("Email").fill(stranger.email);
        for (let attempt = 1; attempt <= 6; attempt += 1) {
          await page.getByLabel("Password").fill(`wrong-${attempt}`);
          await page.getByRole("button", { name: "Sign in" }).click();
          await eventually(() => page.locator("#sign-in-error").textContent()).not.toBe("");
          const message = await page.locator("#sign-in-error").textContent();
          if (attempt <= 5) expect(message).toBe("Email or password is incorrect.");
          else expect(message).toMatch(/Too many failed attempts.*try again in \d+ seconds/);
        }

        await signIn(page, clinician);
        // Signing out elsewhere ends this session too: the open console notices and says so.
        const [cookie] = await page.context().cookies(server.url);
        const elsewhere = new StaffClient(server.url);
        elsewhere.cookie = cookie?.value;
        elsewhere.csrfToken = (await elsewhere.json("GET", "/api/staff/me")).csrfToken;
        await elsewhere.json("POST", "/api/staff/logout", undefined, 204);
        await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor({ timeout: 5_000 });
        expect(await page.locator("#sign-in-notice").textContent()).toMatch(/session has ended/);
        expect(await page.locator("#queue-list li").count()).toBe(0);
        await page.close();
        expect(problems).toEqual([]);
      },
      FLOW_TIMEOUT_MS,
    );

    test(
      "a supervisor sees a colleague's claim, reads the cited reply, reassigns it, and filters the audit log",
      async () => {
        const supervisor = await addStaff(server, "supervisor", "Sister Mo Reyes");
        const colleague = await addStaff(server, "clinician", "Nurse Kit Lowe");
        const { escalationId, reply } = await escalatedPatient(SEVERE_SORE_THROAT, "urgent");
        expect(reply.citations.length).toBeGreaterThan(0);
        const kit = await StaffClient.signIn(server.url, colleague);
        await kit.json("POST", `/api/staff/escalations/${escalationId}/claim`, {});

        const page = await openConsole();
        await signIn(page, supervisor);
        await page.getByRole("tab", { name: "Claimed" }).click();
        const entry = queueEntry(page, escalationId);
        await entry.waitFor();
        expect(
          await entry.locator(".fact", { hasText: "Claimed by" }).locator("dd").textContent(),
        ).toBe("Nurse Kit Lowe");
        await page.getByLabel("Claimed by").selectOption("mine");
        await eventually(() => entry.count()).toBe(0);
        await page.getByLabel("Claimed by").selectOption("all");

        expect(await entry.locator(".prio").textContent()).toBe("Same day");

        await entry.getByRole("link").click();
        await page.locator("#packet-turns").waitFor();
        // What careline told the patient, with its citations as links: http(s) only.
        const hrefs = await page
          .locator("#reply .sources a")
          .evaluateAll((links) => links.map((link) => link.getAttribute("href") ?? ""));
        expect(hrefs).toHaveLength(reply.citations.length);
        for (const href of hrefs) expect(href).toMatch(/^https?:\/\//);
        await eventually(() => page.locator("#reassign-to option").count()).toBeGreaterThan(2);
        await page
          .getByLabel("Reassign to")
          .selectOption({ label: "Sister Mo Reyes (you), Supervisor" });
        await page.getByRole("button", { name: "Reassign" }).click();
        await eventually(() => page.locator("#packet-state").textContent()).toMatch(
          /Claimed by you/,
        );

        await page.getByRole("link", { name: "Audit log" }).click();
        await page.getByRole("heading", { name: "Audit log", level: 1 }).waitFor();
        await page.getByLabel("Action", { exact: true }).selectOption("escalation.reassign");
        await page.getByRole("button", { name: "Apply filters" }).click();
        await eventually(() => page.locator("#audit-rows tr").count()).toBeGreaterThan(0);
        const actions = await page
          .locator("#audit-rows tr")
          .evaluateAll((rows) => rows.map((row: any) => row.dataset.action));
        expect(new Set(actions)).toEqual(new Set(["escalation.reassign"]));
        expect(await page.locator("#audit-rows tr").first().textContent()).toContain(
          supervisor.email,
        );
        await screenshot(page, "test-results/console-audit.png");
        await page.close();
        expect(problems).toEqual([]);
      },
      FLOW_TIMEOUT_MS,
    );
  },
);
