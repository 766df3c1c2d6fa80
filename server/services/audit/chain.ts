import { createHash } from "node:crypto";

// How an audit row's hash is computed: sha256 over a canonical JSON of its content and the
// previous row's hash. Shared by the writer and by `npm run audit -- verify`.

export const GENESIS_HASH = "0".repeat(64);

export interface AuditContent {
  seq: number;
  at: Date;
  actorStaffId: string | null;
  actorEmail: string | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  conversationId: string | null;
  requestId: string | null;
  detail: Record<string, unknown>;
}

/** JSON with object keys sorted at every depth, so jsonb's own key order never changes a hash. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

export function auditHash(content: AuditContent, prevHash: string): string {
  const body = canonicalJson({ ...content, at: content.at.toISOString(), prevHash });
  return createHash("sha256").update(body, "utf8").digest("hex");
}
