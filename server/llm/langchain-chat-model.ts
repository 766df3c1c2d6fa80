import type { BaseMessage } from "@langchain/core/messages";
import { AIMessage, HumanMessage, SystemMessage } from "@langchain/core/messages";
import {
  AzureChatOpenAICompletions,
  ChatOpenAICompletions,
  type ChatOpenAICompletionsCallOptions,
} from "@langchain/openai";
import type { ZodType } from "zod";
import type { PromptMessage } from "../../prompts/define-prompt.ts";
import type {
  CallOptions,
  ChatModel,
  ModelDescription,
  StreamEnd,
  Structured,
  TokenUsage,
} from "./chat-model.ts";
import type { ModelConfig } from "./model-config.ts";
import { ModelFailure } from "./model-failure.ts";

// The model through LangChain: one chat-model abstraction for Azure OpenAI and OpenAI-compatible
// servers, its streaming, and its structured output (zod schema → json_schema or a tool call).
// The Completions classes pin the Chat Completions API. LangChain's own retries are off
// (maxRetries 0: its backoff ignores retry-after); ResilientChatModel retries instead.

type Completions = ChatOpenAICompletions;

// Set explicitly so the openai client never reads OPENAI_ORG_ID / OPENAI_PROJECT_ID / OPENAI_LOG.
const CLIENT_DEFAULTS = { organization: null, project: null, logLevel: "off" } as const;

function toLangChain(messages: PromptMessage[]): BaseMessage[] {
  return messages.map((m) => {
    if (m.role === "system") return new SystemMessage(m.content);
    if (m.role === "assistant") return new AIMessage(m.content);
    return new HumanMessage(m.content);
  });
}

function usageOf(meta: unknown): TokenUsage | null {
  const u = meta as
    | { input_tokens?: number; output_tokens?: number; total_tokens?: number }
    | undefined;
  if (!u || typeof u.total_tokens !== "number") return null;
  return {
    inputTokens: u.input_tokens ?? 0,
    outputTokens: u.output_tokens ?? 0,
    totalTokens: u.total_tokens,
  };
}

function callOptions(options: CallOptions): ChatOpenAICompletionsCallOptions {
  const headers = { "x-stainless-retry-count": String(options.attempt ?? 0) };
  // Streaming passes call options to the SDK request as they are; invoke reads `options`.
  return {
    signal: options.signal,
    options: { headers },
    headers,
  } as ChatOpenAICompletionsCallOptions;
}

export function createLangChainModel(config: ModelConfig): Completions {
  const common = {
    maxRetries: 0,
    streamUsage: true,
    temperature: config.temperature,
    maxTokens: config.maxOutputTokens,
  };
  if (config.provider === "azure-openai") {
    const base = `${config.endpoint}/openai/deployments`;
    return new AzureChatOpenAICompletions({
      ...common,
      model: config.deployment,
      azureOpenAIApiKey: config.apiKey,
      azureOpenAIEndpoint: config.endpoint,
      // Explicit, so AZURE_OPENAI_BASE_PATH in the environment can never redirect requests.
      azureOpenAIBasePath: base,
      azureOpenAIApiDeploymentName: config.deployment,
      azureOpenAIApiVersion: config.apiVersion,
      configuration: { ...CLIENT_DEFAULTS, baseURL: `${base}/${config.deployment}` } as never,
    });
  }
  return new ChatOpenAICompletions({
    ...common,
    model: config.model,
    apiKey: config.apiKey,
    configuration: { ...CLIENT_DEFAULTS, baseURL: config.baseUrl } as never,
  });
}

export class LangChainChatModel implements ChatModel {
  readonly description: ModelDescription;
  private readonly structuredRunnables = new Map<
    string,
    ReturnType<Completions["withStructuredOutput"]>
  >();

  constructor(
    private readonly model: Completions,
    private readonly config: ModelConfig,
  ) {
    this.description =
      config.provider === "azure-openai"
        ? { provider: config.provider, model: config.deployment, deployment: config.deployment }
        : { provider: config.provider, model: config.model };
  }

  async *stream(
    messages: PromptMessage[],
    options: CallOptions,
  ): AsyncGenerator<string, StreamEnd> {
    const stream = await this.model.stream(toLangChain(messages), callOptions(options));
    let finishReason: string | null = null;
    let usage: TokenUsage | null = null;
    let modelVersion: string | null = null;
    for await (const chunk of stream) {
      if (typeof chunk.content === "string" && chunk.content) yield chunk.content;
      const meta = chunk.response_metadata as { finish_reason?: string; model_name?: string };
      if (meta?.finish_reason) finishReason = meta.finish_reason;
      if (meta?.model_name) modelVersion = meta.model_name;
      usage = usageOf(chunk.usage_metadata) ?? usage;
    }
    return { finishReason, usage, modelVersion, attempts: 1 };
  }

  async structured<T>(
    messages: PromptMessage[],
    schema: ZodType<T>,
    name: string,
    options: CallOptions,
  ): Promise<Structured<T>> {
    let runnable = this.structuredRunnables.get(name);
    if (!runnable) {
      runnable = this.model.withStructuredOutput(schema as never, {
        name,
        method: this.config.structuredOutput === "json_schema" ? "jsonSchema" : "functionCalling",
        includeRaw: true,
      });
      this.structuredRunnables.set(name, runnable);
    }
    const result = (await runnable.invoke(toLangChain(messages), callOptions(options))) as {
      raw: { usage_metadata?: unknown };
      parsed: unknown;
    };
    const parsed = schema.safeParse(result.parsed);
    if (!parsed.success) {
      throw new ModelFailure("malformed", `structured output "${name}" did not match its schema`);
    }
    return { value: parsed.data, usage: usageOf(result.raw?.usage_metadata), attempts: 1 };
  }
}
