import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Writable } from "node:stream";
import { inject } from "vitest";
import type { DepsOverrides } from "../../server/deps.ts";
import { parseEnv } from "../../server/env.ts";
import { createLogger } from "../../server/logger.ts";
import { type RunningServer, startServer } from "../../server/server.ts";
import { copyPgliteTemplate } from "./pglite-template.ts";
import {
  createPostgresDatabase,
  type DatabaseChoice,
  postgresAvailability,
} from "./test-database.ts";

export interface TestServer extends RunningServer {
  /** Every log line the server wrote, parsed. */
  logs: Array<Record<string, unknown>>;
  /** Raw log output, for asserting what never reaches it. */
  rawLogs(): string;
  stop(): Promise<void>;
}

export interface TestServerOptions extends DepsOverrides {
  database: DatabaseChoice;
  /** PGlite data directory; a fresh temporary one when omitted. */
  dataDir?: string;
  env?: Record<string, string>;
}

/** careline in this process, listening on a real loopback port, on a fresh database. */
export async function startTestServer(options: TestServerOptions): Promise<TestServer> {
  let raw = "";
  const logs: Array<Record<string, unknown>> = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      raw += chunk.toString();
      for (const line of chunk.toString().split("\n")) if (line.trim()) logs.push(JSON.parse(line));
      done();
    },
  });
  let cleanup = async () => {};
  const env: Record<string, string> = {
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "info",
    // Test files create many conversations from one address; rate-limit.test.ts sets its own.
    CARELINE_NEW_CONVERSATIONS_PER_MINUTE: "1000000",
    ...options.env,
  };
  if (options.database === "postgres") {
    const { url } = postgresAvailability();
    const db = await createPostgresDatabase(url);
    env.DATABASE_URL = db.url;
    cleanup = db.drop;
  } else if (options.dataDir) {
    env.CARELINE_DATA_DIR = options.dataDir;
  } else {
    const dir = mkdtempSync(join(tmpdir(), "careline-test-"));
    env.CARELINE_DATA_DIR = join(dir, "db");
    const template = inject("pgliteTemplate");
    if (template) copyPgliteTemplate(template, env.CARELINE_DATA_DIR);
    cleanup = async () => rmSync(dir, { recursive: true, force: true });
  }
  const parsed = parseEnv(env);
  const running = await startServer(parsed, createLogger(parsed.LOG_LEVEL, sink), options);
  return {
    ...running,
    logs,
    rawLogs: () => raw,
    async stop() {
      await running.shutdown("test finished");
      await cleanup();
    },
  };
}
