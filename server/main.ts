import { EnvError, parseEnv } from "./env.ts";
import { createLogger } from "./logger.ts";
import { startServer } from "./server.ts";

async function main(): Promise<void> {
  let env: ReturnType<typeof parseEnv>;
  try {
    env = parseEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const logger = createLogger(env.LOG_LEVEL);
  let running: Awaited<ReturnType<typeof startServer>>;
  try {
    running = await startServer(env, logger);
  } catch (error) {
    logger.fatal({ err: error }, "careline could not start");
    console.error(`careline could not start: ${(error as Error).message}`);
    process.exit(1);
  }
  const { deps } = running;
  logger.info(
    { url: running.url, database: deps.database.describe, model: deps.modelMode() },
    `careline is listening on ${running.url} (database: ${deps.database.kind}, model: ${deps.modelMode()})`,
  );
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      running.shutdown(signal).then(
        () => process.exit(0),
        (error) => {
          logger.error({ err: error }, "shutdown failed");
          process.exit(1);
        },
      );
    });
  }
}

await main();
