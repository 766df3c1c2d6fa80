import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("../", import.meta.url));

export interface RunningCareline {
  url: string;
  mode: string;
  stop(): Promise<void>;
}

/** Starts careline exactly as `npm start` does, on a throwaway embedded database. */
export async function startCareline(
  env: Record<string, string | undefined> = {},
): Promise<RunningCareline> {
  const dir = mkdtempSync(join(tmpdir(), "careline-eval-"));
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
      // The harness opens hundreds of conversations from one address.
      CARELINE_NEW_CONVERSATIONS_PER_MINUTE: "1000000",
      CARELINE_DATA_DIR: join(dir, "db"),
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The server must not outlive the harness (Ctrl-C, a crash): it would keep a port and a database.
  const killChild = () => child.kill("SIGTERM");
  process.once("exit", killChild);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      killChild();
      process.exit(130);
    });
  }
  let output = "";
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on("data", collect);
  child.stderr.on("data", collect);
  let exited = false;
  child.once("exit", () => {
    exited = true;
  });
  const url = `http://127.0.0.1:${port}`;
  // Ready means migrated, the library synced and the checks warmed up: poll instead of parsing logs.
  for (const started = Date.now(); ; ) {
    if (exited) throw new Error(`careline exited before it was ready:\n${output}`);
    if (Date.now() - started > 120_000)
      throw new Error(`careline was not ready within 2 minutes:\n${output}`);
    const ok = await fetch(`${url}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const ready = (await (await fetch(`${url}/readyz`)).json()) as { model: { mode: string } };
  return {
    url,
    mode: ready.model.mode,
    async stop() {
      process.off("exit", killChild);
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}
