import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
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
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "warn",
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
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /careline is listening on (http:\/\/[^\s)]+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) =>
      reject(new Error(`careline exited (${code}) before listening:\n${output}`)),
    );
  });
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
