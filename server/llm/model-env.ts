import { z } from "zod";

// The model's part of the environment schema (server/env.ts composes it and stays the only reader
// of process.env). A provider is configured completely or not at all; neither means guidance-only.

const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());
const httpUrl = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .regex(/^https?:\/\/[^\s/]+(?:\/\S*)?$/, "must be an http:// or https:// URL")
    .optional(),
);
const number = (fallback: number, min: number, max: number, whole: boolean) =>
  z.preprocess(
    emptyAsUndefined,
    z.coerce
      .number({ message: "must be a number" })
      .refine((n) => !whole || Number.isInteger(n), "must be a whole number")
      .refine((n) => n >= min, `must be at least ${min}`)
      .refine((n) => n <= max, `must be at most ${max}`)
      .default(fallback),
  );
// Libraries act on these by themselves (LangSmith tracing would send conversations to a third
// party; OPENAI_CUSTOM_HEADERS adds headers to every model call), so careline refuses to start.
const mustBeUnset = z.preprocess(
  emptyAsUndefined,
  z
    .string()
    .optional()
    .refine(
      (v) => v === undefined || /^(false|0|no)$/i.test(v),
      "is read by a library on its own; careline never sends conversations to tracing or adds hidden headers: unset it",
    ),
);

export const AZURE_VARIABLES = [
  "AZURE_OPENAI_ENDPOINT",
  "AZURE_OPENAI_API_KEY",
  "AZURE_OPENAI_DEPLOYMENT",
  "AZURE_OPENAI_API_VERSION",
] as const;
export const OPENAI_VARIABLES = ["OPENAI_BASE_URL", "OPENAI_API_KEY", "OPENAI_MODEL"] as const;

export const MODEL_ENV = {
  AZURE_OPENAI_ENDPOINT: httpUrl,
  AZURE_OPENAI_API_KEY: optionalString,
  AZURE_OPENAI_DEPLOYMENT: optionalString,
  AZURE_OPENAI_API_VERSION: z.preprocess(
    emptyAsUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}(-preview)?$/, "must be an API version such as 2024-10-21")
      .optional(),
  ),
  OPENAI_BASE_URL: httpUrl,
  OPENAI_API_KEY: optionalString,
  OPENAI_MODEL: optionalString,
  CARELINE_MODEL_FIRST_TOKEN_TIMEOUT_MS: number(10_000, 100, 600_000, true),
  CARELINE_MODEL_IDLE_TIMEOUT_MS: number(10_000, 100, 600_000, true),
  CARELINE_MODEL_TOTAL_TIMEOUT_MS: number(60_000, 1_000, 600_000, true),
  CARELINE_MODEL_TRIAGE_TIMEOUT_MS: number(8_000, 100, 120_000, true),
  CARELINE_MODEL_MAX_RETRIES: number(2, 0, 10, true),
  CARELINE_MODEL_BREAKER_FAILURES: number(5, 1, 1_000, true),
  CARELINE_MODEL_BREAKER_HALF_OPEN_MS: number(30_000, 100, 3_600_000, true),
  CARELINE_MODEL_MAX_OUTPUT_TOKENS: number(600, 16, 16_000, true),
  CARELINE_MODEL_TEMPERATURE: number(0.2, 0, 2, false),
  CARELINE_MODEL_STRUCTURED_OUTPUT: z.preprocess(
    emptyAsUndefined,
    z
      .enum(["json_schema", "function_calling"], {
        message: "must be json_schema or function_calling",
      })
      .default("json_schema"),
  ),
  LANGSMITH_TRACING: mustBeUnset,
  LANGSMITH_TRACING_V2: mustBeUnset,
  LANGCHAIN_TRACING: mustBeUnset,
  LANGCHAIN_TRACING_V2: mustBeUnset,
  LANGCHAIN_VERBOSE: mustBeUnset,
  LANGSMITH_GATEWAY: mustBeUnset,
  OPENAI_CUSTOM_HEADERS: mustBeUnset,
};

type ProviderVariables = Partial<
  Record<(typeof AZURE_VARIABLES)[number] | (typeof OPENAI_VARIABLES)[number], unknown>
>;

/** A provider is all or nothing, and only one may be configured. */
export function checkModelProvider(env: ProviderVariables, ctx: z.RefinementCtx): void {
  const groups = [
    { name: "Azure OpenAI", variables: AZURE_VARIABLES },
    { name: "OpenAI-compatible", variables: OPENAI_VARIABLES },
  ] as const;
  const started = groups.filter((g) => g.variables.some((v) => env[v] !== undefined));
  for (const group of started) {
    const set = group.variables.filter((v) => env[v] !== undefined);
    for (const missing of group.variables.filter((v) => env[v] === undefined)) {
      ctx.addIssue({
        code: "custom",
        path: [missing],
        message: `is required for ${group.name} because ${set.join(", ")} ${set.length > 1 ? "are" : "is"} set (set all of ${group.variables.join(", ")}, or none for guidance-only mode)`,
      });
    }
  }
  if (started.length > 1) {
    ctx.addIssue({
      code: "custom",
      path: [],
      message: "both AZURE_OPENAI_* and OPENAI_* variables are set: configure one model provider",
    });
  }
}
