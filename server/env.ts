import { z } from "zod";
import { checkModelProvider, MODEL_ENV } from "./llm/model-env.ts";

// The only reader of process.env. Everything else receives a parsed, typed Env.

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
const int = (fallback: number, min: number, max: number) =>
  z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ message: "must be a whole number" })
      .int("must be a whole number")
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`)
      .default(fallback),
  );

export const EnvSchema = z.object({
  PORT: int(8787, 0, 65535),
  HOST: z.preprocess(emptyAsUndefined, z.string().default("127.0.0.1")),
  LOG_LEVEL: z.preprocess(
    emptyAsUndefined,
    z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  ),
  DATABASE_URL: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^postgres(ql)?:\/\/.+/, "must be a postgres:// or postgresql:// URL")
      .optional(),
  ),
  CARELINE_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default("./.careline/db")),
  CARELINE_DEFAULT_LOCALE: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, "must be a BCP 47 tag such as en-US")
      .default("en-US"),
  ),
  CARELINE_CONTACTS_FILE: optionalString,
  CARELINE_GUIDANCE_DIR: optionalString,
  CARELINE_SYNONYMS_FILE: optionalString,
  CARELINE_CARE_TEAM_CONTACT: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .max(300)
      .default("your care team, using the phone number on your appointment letter"),
  ),
  CARELINE_SHUTDOWN_TIMEOUT_MS: int(15_000, 0, 600_000),
  CARELINE_SLA_IMMEDIATE_MINUTES: int(5, 1, 1_440),
  CARELINE_SLA_SAME_DAY_HOURS: int(8, 1, 24),
  CARELINE_SLA_ROUTINE_BUSINESS_DAYS: int(2, 1, 30),
  CARELINE_STAFF_IDLE_MINUTES: int(30, 1, 1_440),
  CARELINE_STAFF_SESSION_HOURS: int(12, 1, 168),
  CARELINE_NEW_CONVERSATIONS_PER_MINUTE: int(30, 1, 1_000_000),
  CARELINE_TRUST_PROXY: z.preprocess(
    emptyAsUndefined,
    z
      .enum(["true", "false"], { message: "must be true or false" })
      .default("false")
      .transform((v) => v === "true"),
  ),
  CARELINE_PUBLIC_ORIGIN: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^https?:\/\/[^/\s]+$/, "must be an origin such as https://careline.example.org")
      .transform((v) => v.toLowerCase())
      .optional(),
  ),
  ...MODEL_ENV,
});

export type Env = z.infer<typeof EnvSchema>;

export class EnvError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "EnvError";
  }
}

/** Parses the environment once at boot; throws EnvError naming each bad variable and why. */
export function parseEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = EnvSchema.superRefine(checkModelProvider).safeParse(source);
  if (parsed.success) return parsed.data;
  throw new EnvError(
    parsed.error.issues.map((issue) => `${issue.path.join(".") || "(env)"}: ${issue.message}`),
  );
}
