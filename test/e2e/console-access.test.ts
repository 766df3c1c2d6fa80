import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { findChromium } from "../support/browser.ts";
import {
  ConsoleHarness,
  eventually,
  FLOW_TIMEOUT_MS,
  queueEntry,
  screenshot,
} from "../support/console-harness.ts";
import { addStaff, type StaffAccount, StaffClient } from "../support/staff-client.ts";

const chromiumInfo = findChromium();

describe.skipIf(!chromiumInfo.path)(
  `care-team console accessibility and sessions in Chromium${chromiumInfo.path ? "" : ` (skipped: ${chromiumInfo.skipReason})`}`,
  () => {
    let h: ConsoleHarness;
    let clinician: StaffAccount;
    // Moves the server's clock back while an escalation is opened, so its SLA is already past.
    let skewMs = 0;

    beforeAll(async () => {
      h = await ConsoleHarness.start(chromiumInfo.path as string, {
        now: () => new Date(Date.now() - skewMs),
      });
      clinician = await addStaff(h.server, "clinician", "Nurse Ada Quill");
    });
    afterAll(async () => {
      await h?.stop();
    });

    test(
      "keyboard only: labelled controls, a sensible focus order, claim → note → resolve",
      async () => {
        const { escalationId } = await h.escalatedPatient(
          "my dad suddenly can't lift his arm and his face is drooping",
        );
        const page = await h.openConsole();
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
        await eventually(async () => (await focused()).id).toBe("packet-state");
        await page.close();
        expect(h.problems).toEqual([]);
      },
      FLOW_TIMEOUT_MS,
    );

    test(
      "wrong passwords are reported, a lockout says when to retry, and an ended session returns to sign-in",
      async () => {
        const page = await h.openConsole();
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

        await h.signIn(page, clinician);
        // Signing out elsewhere ends this session too: the open console notices and says so.
        const [cookie] = await page.context().cookies(h.server.url);
        const elsewhere = new StaffClient(h.server.url);
        elsewhere.cookie = cookie?.value;
        elsewhere.csrfToken = (await elsewhere.json("GET", "/api/staff/me")).csrfToken;
        await elsewhere.json("POST", "/api/staff/logout", undefined, 204);
        await page.getByRole("heading", { name: "Sign in", level: 1 }).waitFor({ timeout: 5_000 });
        expect(await page.locator("#sign-in-notice").textContent()).toMatch(/session has ended/);
        expect(await page.locator("#queue-list li").count()).toBe(0);
        await page.close();
        expect(h.problems).toEqual([]);
      },
      FLOW_TIMEOUT_MS,
    );

    test(
      "an overdue escalation stands out in words and shape, not colour alone",
      async () => {
        skewMs = 10 * 60_000;
        const { escalationId } = await h
          .escalatedPatient("my husband has crushing chest pain and is sweating")
          .finally(() => {
            skewMs = 0;
          });
        const page = await h.openConsole();
        await h.signIn(page, clinician);
        const entry = queueEntry(page, escalationId);
        await entry.waitFor();
        expect(await entry.getAttribute("data-overdue")).toBe("true");
        expect(await entry.locator(".overdue-flag").isVisible()).toBe(true);
        expect(await entry.locator(".overdue-flag").textContent()).toBe("Overdue");
        expect(await entry.locator("[data-sla-due]").textContent()).toMatch(
          /^Overdue by \d+:\d\d$/,
        );
        expect(await page.locator("#queue-status").textContent()).toMatch(/[1-9]\d* overdue/);
        // The flag and the countdown are part of the entry link's description for screen readers.
        const described = await entry.locator(".qitem__link").getAttribute("aria-describedby");
        for (const id of described?.split(" ") ?? [])
          expect(await page.locator(`#${id}`).count()).toBe(1);
        expect(described).toContain(`q-flags-${escalationId}`);
        await screenshot(page, "test-results/console-overdue.png");
        await page.close();
        expect(h.problems).toEqual([]);
      },
      FLOW_TIMEOUT_MS,
    );
  },
);
