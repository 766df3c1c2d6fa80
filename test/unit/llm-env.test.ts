import { describe, expect, test } from "vitest";
import { EnvError, parseEnv } from "../../server/env.ts";
import { modelConfigFrom, modelModeOf } from "../../server/llm/model-config.ts";

const AZURE = {
  AZURE_OPENAI_ENDPOINT: "https://example.openai.azure.com/",
  AZURE_OPENAI_API_KEY: "key",
  AZURE_OPENAI_DEPLOYMENT: "careline-chat",
  AZURE_OPENAI_API_VERSION: "2024-10-21",
};
const OPENAI = {
  OPENAI_BASE_URL: "http://127.0.0.1:8080/v1",
  OPENAI_API_KEY: "none",
  OPENAI_MODEL: "llama-3.1-8b-instruct",
};

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseEnv(env);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("model configuration from the environment", () => {
  test("runs guidance-only when no provider is configured", () => {
    const env = parseEnv({});
    expect(modelConfigFrom(env)).toBeNull();
    expect(modelModeOf(modelConfigFrom(env))).toBe("guidance-only");
  });

  test("configures Azure OpenAI from all four variables, with sane defaults for the rest", () => {
    const config = modelConfigFrom(parseEnv(AZURE));
    expect(config).toMatchObject({
      provider: "azure-openai",
      endpoint: "https://example.openai.azure.com",
      deployment: "careline-chat",
      apiVersion: "2024-10-21",
      maxRetries: 2,
      timeouts: { firstTokenMs: 10_000, idleMs: 10_000, totalMs: 60_000, triageMs: 8_000 },
      breaker: { failures: 5, halfOpenAfterMs: 30_000 },
      structuredOutput: "json_schema",
    });
    expect(modelModeOf(config)).toBe("azure-openai");
  });

  test("configures an OpenAI-compatible server from its three variables", () => {
    const config = modelConfigFrom(parseEnv(OPENAI));
    expect(config).toMatchObject({
      provider: "openai-compatible",
      baseUrl: "http://127.0.0.1:8080/v1",
      model: "llama-3.1-8b-instruct",
    });
  });

  test("refuses a partial Azure configuration, naming each missing variable", () => {
    const problems = problemsOf({
      AZURE_OPENAI_ENDPOINT: AZURE.AZURE_OPENAI_ENDPOINT,
      AZURE_OPENAI_API_KEY: "k",
    });
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(
      /^AZURE_OPENAI_DEPLOYMENT: is required for Azure OpenAI because AZURE_OPENAI_ENDPOINT, AZURE_OPENAI_API_KEY are set/,
    );
    expect(problems[1]).toMatch(/^AZURE_OPENAI_API_VERSION: is required/);
  });

  test("refuses a partial OpenAI-compatible configuration", () => {
    expect(problemsOf({ OPENAI_API_KEY: "sk-from-my-shell" })).toEqual([
      expect.stringMatching(
        /^OPENAI_BASE_URL: is required for OpenAI-compatible because OPENAI_API_KEY is set/,
      ),
      expect.stringMatching(/^OPENAI_MODEL: is required/),
    ]);
  });

  test("refuses two providers at once", () => {
    expect(problemsOf({ ...AZURE, ...OPENAI })).toEqual([
      expect.stringMatching(/configure one model provider/),
    ]);
  });

  test("refuses malformed values and out-of-range timeouts", () => {
    const problems = problemsOf({
      ...AZURE,
      AZURE_OPENAI_ENDPOINT: "example.openai.azure.com",
      AZURE_OPENAI_API_VERSION: "latest",
      CARELINE_MODEL_MAX_RETRIES: "50",
    });
    expect(problems.map((p) => p.split(":")[0])).toEqual([
      "AZURE_OPENAI_ENDPOINT",
      "AZURE_OPENAI_API_VERSION",
      "CARELINE_MODEL_MAX_RETRIES",
    ]);
  });

  test.each(["LANGSMITH_TRACING", "LANGCHAIN_TRACING_V2", "OPENAI_CUSTOM_HEADERS"])(
    "refuses to start with %s set, because a library would act on it by itself",
    (name) => {
      expect(problemsOf({ [name]: "true" })).toEqual([
        expect.stringMatching(new RegExp(`^${name}: is read by a library on its own`)),
      ]);
      expect(problemsOf({ [name]: "false" })).toEqual([]);
    },
  );
});
