import type { Env } from "../env.ts";
import type { ModelProvider } from "./chat-model.ts";

// Which model careline talks to, and how patiently: built once from the parsed env and passed in
// explicitly, so no library ever picks up credentials from the environment on its own.

interface CommonModelConfig {
  timeouts: {
    /** Until the first token of an answer (per attempt). */
    firstTokenMs: number;
    /** Between two tokens once streaming. */
    idleMs: number;
    /** For the whole answer, retries included. */
    totalMs: number;
    /** For the triage second opinion, retries included. */
    triageMs: number;
  };
  maxRetries: number;
  breaker: { failures: number; halfOpenAfterMs: number };
  maxOutputTokens: number;
  temperature: number;
  structuredOutput: "json_schema" | "function_calling";
}

export type ModelConfig =
  | (CommonModelConfig & {
      provider: Extract<ModelProvider, "azure-openai">;
      endpoint: string;
      apiKey: string;
      deployment: string;
      apiVersion: string;
    })
  | (CommonModelConfig & {
      provider: Extract<ModelProvider, "openai-compatible">;
      baseUrl: string;
      apiKey: string;
      model: string;
    });

export type ModelMode = ModelProvider | "guidance-only";

/** The configured provider, or null for guidance-only mode. env.ts has already checked completeness. */
export function modelConfigFrom(env: Env): ModelConfig | null {
  const common: CommonModelConfig = {
    timeouts: {
      firstTokenMs: env.CARELINE_MODEL_FIRST_TOKEN_TIMEOUT_MS,
      idleMs: env.CARELINE_MODEL_IDLE_TIMEOUT_MS,
      totalMs: env.CARELINE_MODEL_TOTAL_TIMEOUT_MS,
      triageMs: env.CARELINE_MODEL_TRIAGE_TIMEOUT_MS,
    },
    maxRetries: env.CARELINE_MODEL_MAX_RETRIES,
    breaker: {
      failures: env.CARELINE_MODEL_BREAKER_FAILURES,
      halfOpenAfterMs: env.CARELINE_MODEL_BREAKER_HALF_OPEN_MS,
    },
    maxOutputTokens: env.CARELINE_MODEL_MAX_OUTPUT_TOKENS,
    temperature: env.CARELINE_MODEL_TEMPERATURE,
    structuredOutput: env.CARELINE_MODEL_STRUCTURED_OUTPUT,
  };
  if (
    env.AZURE_OPENAI_ENDPOINT &&
    env.AZURE_OPENAI_API_KEY &&
    env.AZURE_OPENAI_DEPLOYMENT &&
    env.AZURE_OPENAI_API_VERSION
  ) {
    return {
      ...common,
      provider: "azure-openai",
      endpoint: env.AZURE_OPENAI_ENDPOINT.replace(/\/+$/, ""),
      apiKey: env.AZURE_OPENAI_API_KEY,
      deployment: env.AZURE_OPENAI_DEPLOYMENT,
      apiVersion: env.AZURE_OPENAI_API_VERSION,
    };
  }
  if (env.OPENAI_BASE_URL && env.OPENAI_API_KEY && env.OPENAI_MODEL) {
    return {
      ...common,
      provider: "openai-compatible",
      baseUrl: env.OPENAI_BASE_URL.replace(/\/+$/, ""),
      apiKey: env.OPENAI_API_KEY,
      model: env.OPENAI_MODEL,
    };
  }
  return null;
}

export function modelModeOf(config: ModelConfig | null): ModelMode {
  return config?.provider ?? "guidance-only";
}
