import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";

// PGlite has no lock of its own: two processes on one data directory silently lose writes.
// A pid lock (not an mtime lease) lets a restart after a crash proceed at once when the old
// process is gone, while a live second process is refused with a clear message.

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holder: string,
  ) {
    super(
      `The data directory ${dataDir} is in use by another careline process (${holder}). ` +
        "Stop that process first, or point CARELINE_DATA_DIR at another directory. " +
        "Only one process may open an embedded database at a time.",
    );
    this.name = "DataDirLockedError";
  }
}

interface LockInfo {
  pid: number;
  host: string;
  startedAt: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readLock(path: string): LockInfo | undefined {
  try {
    return JSON.parse(readFileSync(path, "utf8")) as LockInfo;
  } catch {
    return undefined;
  }
}

/** Takes the exclusive lock on dataDir; returns a release function. */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, "careline.lock");
  const me: LockInfo = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const fd = openSync(path, "wx", 0o600);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      return () => {
        const current = readLock(path);
        if (current?.pid === me.pid && current.host === me.host) unlinkSync(path);
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = readLock(path);
      const stale =
        holder === undefined ||
        (holder.host === me.host && holder.pid !== me.pid && !isAlive(holder.pid));
      if (!stale) {
        throw new DataDirLockedError(dataDir, `pid ${holder.pid} on ${holder.host}`);
      }
      // The holder died without releasing; remove its lock and try once more.
      unlinkSync(path);
    }
  }
  throw new DataDirLockedError(dataDir, "a process that raced us for the lock");
}
