// Who is signed in, in memory only: a reload asks /api/staff/me, nothing lands in storage.
import type { Role, StaffMember } from "./types.ts";

const RANK: Record<Role, number> = { clinician: 0, supervisor: 1, admin: 2 };

let current: StaffMember | undefined;

export function setMe(staff: StaffMember | undefined): void {
  current = staff;
}

export function me(): StaffMember | undefined {
  return current;
}

export function hasRole(role: Role): boolean {
  return current !== undefined && (RANK[current.role] ?? -1) >= RANK[role];
}

export function isMe(id: string | undefined | null): boolean {
  return Boolean(id) && current?.id === id;
}
