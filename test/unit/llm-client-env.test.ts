import { afterAll, afterEach, beforeAll, describe, expect, test, vi } from "vitest";
import { TriageOpinion } from "../../prompts/triage-opinion.ts";
import { parseEnv } from "../../server/env.ts";
import { createLangChainModel, LangChainChatModel } from "../../server/llm/langchain-chat-model.ts";
import { modelConfigFrom } from "../../server/llm/model-config.ts";
import {
  answerCall,
  azureEnv,
  FakeAzureOpenAi,
  openAiCompatibleEnv,
  opinionCall,
} from "../support/fake-azure-openai.ts";

// careline passes every credential and address explicitly. These variables are set to a trap
// server while the clients are built and used: LangChain and the openai SDK must ignore them all.

let fake: FakeAzureOpenAi;
let trap: FakeAzureOpenAi;
const saved: Record<string, string | undefined> = {};

beforeAll(async () => {
  fake = await FakeAzureOpenAi.start();
  trap = await FakeAzureOpenAi.start({ apiKey: "trap-key", deployments: ["trap-deployment"] });
  const traps: Record<string, string> = {
    AZURE_OPENAI_API_KEY: "trap-key",
    AZURE_OPENAI_ENDPOINT: trap.url,
    AZURE_OPENAI_BASE_PATH: `${trap.url}/openai/deployments`,
    AZURE_OPENAI_API_INSTANCE_NAME: "trap",
    AZURE_OPENAI_API_DEPLOYMENT_NAME: "trap-deployment",
    AZURE_OPENAI_API_VERSION: "1999-01-01",
    OPENAI_API_VERSION: "1999-01-01",
    OPENAI_API_KEY: "trap-key",
    OPENAI_BASE_URL: `${trap.url}/v1`,
    OPENAI_API_BASE: `${trap.url}/v1`,
    OPENAI_ORG_ID: "org-trap",
    OPENAI_ORGANIZATION: "org-trap",
    OPENAI_PROJECT_ID: "proj-trap",
    OPENAI_LOG: "debug",
  };
  for (const [name, value] of Object.entries(traps)) {
    saved[name] = process.env[name];
    process.env[name] = value;
  }
});
afterAll(async () => {
  for (const [name, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[name];
    else process.env[name] = value;
  }
  await fake?.close();
  await trap?.close();
});
afterEach(() => {
  vi.restoreAllMocks();
  trap.verify();
  fake.verify();
  fake.reset();
});

async function exercise(env: Record<string, string>) {
  const config = modelConfigFrom(parseEnv(env));
  if (!config) throw new Error("expected a model configuration");
  const model = new LangChainChatModel(createLangChainModel(config), config);
  const messages = [{ role: "user" as const, content: "hello" }];
  let text = "";
  for await (const chunk of model.stream(messages, { signal: AbortSignal.timeout(5_000) }))
    text += chunk;
  const opinion = await model.structured(messages, TriageOpinion, "triage_opinion", {
    signal: AbortSignal.timeout(5_000),
  });
  return { text, opinion };
}

describe("model clients take their configuration only from careline", () => {
  test("Azure OpenAI requests go to the configured endpoint, deployment, version and key", async () => {
    const debug = vi.spyOn(console, "debug");
    const log = vi.spyOn(console, "log");
    fake.expect(answerCall("Hi."), opinionCall("info"));
    const { text, opinion } = await exercise(azureEnv(fake));
    expect(text).toBe("Hi.");
    expect(opinion.value).toEqual({ level: "info", crisisTier: "none" });
    expect(fake.requests).toHaveLength(2);
    for (const request of fake.requests) {
      expect(request.path).toBe("/openai/deployments/careline-chat/chat/completions");
      expect(request.query.get("api-version")).toBe("2024-10-21");
      expect(request.headers["api-key"]).toBe(fake.apiKey);
      expect(request.headers.authorization).toBeUndefined();
      expect(request.headers["openai-organization"]).toBeUndefined();
      expect(request.headers["openai-project"]).toBeUndefined();
      expect(request.body.model).toBe("careline-chat");
    }
    expect(trap.requests).toHaveLength(0);
    expect(debug).not.toHaveBeenCalled();
    expect(log).not.toHaveBeenCalled();
  });

  test("asks for structured output as a tool call when configured for function calling", async () => {
    fake.expect(answerCall("Hi."), opinionCall("urgent"));
    const { opinion } = await exercise({
      ...openAiCompatibleEnv(fake),
      CARELINE_MODEL_STRUCTURED_OUTPUT: "function_calling",
    });
    expect(opinion.value).toEqual({ level: "urgent", crisisTier: "none" });
    const structured = fake.requests.find((r) => r.kind === "structured");
    expect(structured?.body.tools[0].function.name).toBe("triage_opinion");
    expect(structured?.body.response_format).toBeUndefined();
  });

  test("OpenAI-compatible requests go to the configured base URL, model and key", async () => {
    fake.expect(answerCall("Hi."), opinionCall("info"));
    await exercise(openAiCompatibleEnv(fake));
    for (const request of fake.requests) {
      expect(request.path).toBe("/v1/chat/completions");
      expect(request.headers.authorization).toBe(`Bearer ${fake.apiKey}`);
      expect(request.headers["openai-organization"]).toBeUndefined();
      expect(request.body.model).toBe("local-model");
    }
    expect(trap.requests).toHaveLength(0);
  });
});
