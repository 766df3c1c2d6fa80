import type { Database } from "../../db/client.ts";
import { conversations } from "../../db/schema/index.ts";
import { hashToken, newToken } from "../../lib/tokens.ts";

export interface CreateConversationInput {
  locale: string;
  disclosureVersion?: string;
}

/** Creates a conversation; the returned token is shown once and only its hash is kept. */
export async function createConversation(
  db: Database,
  input: CreateConversationInput,
): Promise<{ id: string; token: string }> {
  const token = newToken();
  const [row] = await db
    .insert(conversations)
    .values({
      tokenHash: hashToken(token),
      locale: input.locale,
      disclosureVersion: input.disclosureVersion ?? null,
    })
    .returning({ id: conversations.id });
  if (!row) throw new Error("insert returned no row");
  return { id: row.id, token };
}
