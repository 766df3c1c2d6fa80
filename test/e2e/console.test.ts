import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { findChromium } from "../support/browser.ts";
import {
  ConsoleHarness,
  eventually,
  FLOW_TIMEOUT_MS,
  queueEntry,
  screenshot,
} from "../support/console-harness.ts";
import { getTranscript } from "../support/http-client.ts";
import { addStaff, type StaffAccount, StaffClient } from "../support/staff-client.ts";
import { TestSocket } from "../support/ws-client.ts";

const STROKE = "my husband's face is drooping and his speech is slurred";
// Urgent (a same-day escalation) and answered from guidance, so the reply carries citations.
const SEVERE_SORE_THROAT = "my sore throat is so bad I can't swallow my own saliva";

const chromiumInfo = findChromium();

describe.skipIf(!chromiumInfo.path)(
  `care-team console in Chromium${chromiumInfo.path ? "" : ` (skipped: ${chromiumInfo.skipReason})`}`,
  () => {
    let h: ConsoleHarness;
    let clinician: StaffAccount;

    beforeAll(async () => {
      h = await ConsoleHarness.start(chromiumInfo.path as string);
      clinician = await addStaff(h.server, "clinician", "Nurse Ada Quill");
    });
    afterAll(async () => {
      await h?.stop();
    });

    test(
      "a clinician signs in, opens the packet, claims, notes, messages the patient and resolves",
      async () => {
        const { conversation, escalationId } = await h.escalatedPatient(STROKE);
        const patient = await TestSocket.open(h.server.url, conversation.id, [
          "careline.v1",
          `bearer.${conversation.token}`,
        ]);
        await patient.nextOfType("ready");
        const page = await h.openConsole();
        await h.signIn(page, clinician);

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
        const transcript = await getTranscript(h.server.url, conversation);
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
        expect(h.problems).toEqual([]);
      },
      FLOW_TIMEOUT_MS,
    );

    test(
      "a new emergency escalation appears in the open queue live and is announced",
      async () => {
        const page = await h.openConsole();
        await h.signIn(page, clinician);
        const started = Date.now();
        const { escalationId } = await h.escalatedPatient(
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
        const next = await h.escalatedPatient("my son fell and is unconscious");
        const strip = page.locator("#alert-strip");
        await eventually(() => strip.isVisible(), 3_000).toBe(true);
        expect(await strip.locator(`a[href="#/escalations/${next.escalationId}"]`).count()).toBe(1);
        await eventually(() => assertive.textContent()).toMatch(/^New immediate escalation/);
        await screenshot(page, "test-results/console-packet-tablet.png");
        await page.close();
        expect(h.problems).toEqual([]);
      },
      FLOW_TIMEOUT_MS,
    );

    test(
      "a supervisor sees a colleague's claim, reads the cited reply, reassigns it, and filters the audit log",
      async () => {
        const supervisor = await addStaff(h.server, "supervisor", "Sister Mo Reyes");
        const colleague = await addStaff(h.server, "clinician", "Nurse Kit Lowe");
        const { escalationId, reply } = await h.escalatedPatient(SEVERE_SORE_THROAT, "urgent");
        expect(reply.citations.length).toBeGreaterThan(0);
        const kit = await StaffClient.signIn(h.server.url, colleague);
        await kit.json("POST", `/api/staff/escalations/${escalationId}/claim`, {});

        const page = await h.openConsole();
        await h.signIn(page, supervisor);
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
        expect(h.problems).toEqual([]);
      },
      FLOW_TIMEOUT_MS,
    );

    test(
      "after a dropped connection it says so, reconnects, and resyncs what arrived meanwhile",
      async () => {
        const page = await h.openConsole();
        let online = true;
        await page.routeWebSocket("**/api/staff/socket", (socket) => {
          if (online) socket.connectToServer();
          else socket.close({ code: 1006, reason: "test: network down" });
        });
        await h.signIn(page, clinician);
        online = false;
        h.server.closeSockets(1012, "test drops the connection");
        await eventually(() => page.locator("#connection").getAttribute("data-state")).toBe(
          "closed",
        );
        expect(await page.locator("#connection").textContent()).toMatch(/paused.*out of date/);

        // Escalated while the console was away: its live frame is lost, only a resync shows it.
        const { escalationId } = await h.escalatedPatient(
          "my grandad has crushing chest pain and is sweating",
        );
        expect(await queueEntry(page, escalationId).count()).toBe(0);
        online = true;
        await eventually(() => page.locator("#connection").getAttribute("data-state"), 20_000).toBe(
          "open",
        );
        await queueEntry(page, escalationId).waitFor({ timeout: 5_000 });
        await page.close();
        expect(h.problems).toEqual([]);
      },
      FLOW_TIMEOUT_MS,
    );
  },
);
