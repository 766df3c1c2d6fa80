import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { type DatabaseHandle, openDatabase } from "../../server/db/client.ts";
import { createConversation, sendText } from "../support/http-client.ts";
import { type CarelineProcess, spawnCareline } from "../support/spawn-careline.ts";
import { addStaff, StaffClient, StaffSocket } from "../support/staff-client.ts";
import { createPostgresDatabase, postgresAvailability } from "../support/test-database.ts";
import { TestSocket } from "../support/ws-client.ts";

const pg = postgresAvailability();

// Two real careline processes on one PostgreSQL: live updates travel by LISTEN/NOTIFY.
describe.skipIf(!pg.url)(
  "two careline instances sharing one PostgreSQL",
  { timeout: 180_000 },
  () => {
    let database: { url: string; drop(): Promise<void> };
    let a: CarelineProcess;
    let b: CarelineProcess;
    // A plain handle on the same database, only to create an account (the CLI's service).
    let handle: DatabaseHandle;
    let nurse: StaffClient;
    beforeAll(async () => {
      database = await createPostgresDatabase(pg.url);
      // One after the other: the first start ingests the guidance library into the empty database.
      a = await spawnCareline({ DATABASE_URL: database.url });
      b = await spawnCareline({ DATABASE_URL: database.url });
      handle = await openDatabase({ kind: "postgres", url: database.url, maxConnections: 1 });
      const account = await addStaff({ deps: { database: handle } }, "clinician", "Bea Bee");
      nurse = await StaffClient.signIn(b.url, account);
    }, 240_000);
    afterAll(async () => {
      await Promise.all([a?.stop(), b?.stop(), handle?.close()]);
      await database?.drop();
    });

    test("an emergency sent through A reaches a console on B within a second", async () => {
      const console = await StaffSocket.open(b.url, nurse.cookie);
      await console.next((f) => f.type === "ready");
      const conversation = await createConversation(a.url);
      const sent = Date.now();
      const { reply } = await sendText(
        a.url,
        conversation,
        "my dad's face is drooping and he can't lift his arm",
      );
      expect(reply.escalation).not.toBeNull();
      const created = await console.next(
        (f) => f.type === "escalation.created" && f.escalation.id === reply.escalation?.id,
        5_000,
      );
      const latency = Date.now() - sent;
      expect(created.escalation).toMatchObject({
        conversationId: conversation.id,
        priority: "immediate",
      });
      // The reply returns after the commit and the NOTIFY: from send to the frame, under a second.
      expect(latency).toBeLessThan(1_000);
      console.close();
    });

    test("a staff message sent on B reaches the patient's socket on A", async () => {
      const conversation = await createConversation(a.url);
      const { reply } = await sendText(
        a.url,
        conversation,
        "I think I'm having a stroke, my face is numb and drooping",
      );
      expect(reply.escalation).not.toBeNull();
      const patient = await TestSocket.open(a.url, conversation.id, [
        "careline.v1",
        `bearer.${conversation.token}`,
      ]);
      await patient.nextOfType("ready");
      await nurse.json("POST", `/api/staff/escalations/${reply.escalation?.id}/claim`);
      expect((await patient.nextOfType("conversation.update")).text).toMatch(/Bea Bee/);
      await nurse.json(
        "POST",
        `/api/staff/conversations/${conversation.id}/messages`,
        { text: "I'm a nurse on the care team. Have you called 911?" },
        201,
      );
      const message = await patient.nextOfType("staff.message");
      expect(message.message).toMatchObject({
        role: "staff",
        text: "I'm a nurse on the care team. Have you called 911?",
        author: { kind: "care_team", name: "Bea Bee" },
      });
      patient.close();
    });
  },
);
