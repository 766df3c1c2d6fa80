// Durations and times as a nurse reads them at a glance.

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** "4:05" under an hour, "3 h 12 min" under two days, then "2 d 4 h". */
export function formatDuration(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < HOUR) {
    const seconds = Math.floor(abs / 1000);
    return `${Math.floor(seconds / 60)}:${pad(seconds % 60)}`;
  }
  if (abs < 2 * DAY) return `${Math.floor(abs / HOUR)} h ${Math.floor((abs % HOUR) / MINUTE)} min`;
  return `${Math.floor(abs / DAY)} d ${Math.floor((abs % DAY) / HOUR)} h`;
}

/** "just now", "12 min ago", "3 h ago", "2 d ago". */
export function formatAge(ms: number): string {
  if (ms < MINUTE) return "just now";
  if (ms < HOUR) return `${Math.floor(ms / MINUTE)} min ago`;
  if (ms < 2 * DAY) return `${Math.floor(ms / HOUR)} h ${Math.floor((ms % HOUR) / MINUTE)} min ago`;
  return `${Math.floor(ms / DAY)} d ago`;
}

export function formatClock(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const today = new Date().toDateString() === date.toDateString();
  return today
    ? date.toLocaleTimeString(undefined, { hour: "2-digit", minute: "2-digit" })
    : date.toLocaleString(undefined, {
        month: "short",
        day: "numeric",
        hour: "2-digit",
        minute: "2-digit",
      });
}

export function slaText(msRemaining: number): string {
  return msRemaining >= 0
    ? `Due in ${formatDuration(msRemaining)}`
    : `Overdue by ${formatDuration(msRemaining)}`;
}
