import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";

/** Debian's Chromium (or CHROME_PATH), or undefined with the reason tests report when skipping. */
export function findChromium(): { path?: string; skipReason: string } {
  const candidates = [
    process.env.CHROME_PATH,
    "/usr/bin/chromium",
    "/usr/bin/chromium-browser",
  ].filter((p): p is string => Boolean(p));
  const path = candidates.find((p) => existsSync(p));
  return path
    ? { path, skipReason: "" }
    : {
        skipReason: `no Chromium at ${candidates.join(", ")} (install Debian's chromium or set CHROME_PATH)`,
      };
}

// The flags keep Chromium off this machine's closed network at start (see stack-notes §7).
export function launchChromium(executablePath: string): Promise<Browser> {
  return chromium.launch({
    executablePath,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--disable-dev-shm-usage",
    ],
  });
}
