import type { EscalationPriority } from "../../safety/escalation/rules.ts";

/** How quickly the care team must acknowledge each priority. */
export interface SlaPolicy {
  immediateMinutes: number;
  sameDayHours: number;
  routineBusinessDays: number;
}

const MINUTE = 60_000;

export function slaDueAt(priority: EscalationPriority, from: Date, sla: SlaPolicy): Date {
  switch (priority) {
    case "immediate":
      return new Date(from.getTime() + sla.immediateMinutes * MINUTE);
    case "same_day":
      return new Date(from.getTime() + sla.sameDayHours * 60 * MINUTE);
    case "routine":
      return addBusinessDays(from, sla.routineBusinessDays);
  }
}

// Saturdays and Sundays don't count (UTC); public holidays are the deployment's to model.
export function addBusinessDays(from: Date, days: number): Date {
  const due = new Date(from);
  let left = days;
  while (left > 0) {
    due.setUTCDate(due.getUTCDate() + 1);
    const day = due.getUTCDay();
    if (day !== 0 && day !== 6) left -= 1;
  }
  return due;
}
