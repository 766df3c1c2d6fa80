import type { ZodType } from "zod";
import type { PromptMessage } from "../../prompts/define-prompt.ts";

// The port careline talks to: streamed text, and structured output checked by a zod schema.
// Implementations: LangChainChatModel (Azure OpenAI or any OpenAI-compatible server) and the
// ResilientChatModel around it (timeouts, retries honouring retry-after, a circuit breaker).

export type ModelProvider = "azure-openai" | "openai-compatible";

export interface ModelDescription {
  provider: ModelProvider;
  /** The model name sent in the request body; on Azure, the deployment name. */
  model: string;
  /** The Azure deployment the requests go to. */
  deployment?: string;
}

export interface TokenUsage {
  inputTokens: number;
  outputTokens: number;
  totalTokens: number;
}

export interface StreamEnd {
  /** null when the stream ended without one: cut off. */
  finishReason: string | null;
  usage: TokenUsage | null;
  /** The model version the server reports, e.g. gpt-4o-2024-08-06. */
  modelVersion: string | null;
  /** Attempts made, retries included. */
  attempts: number;
}

export interface Structured<T> {
  value: T;
  usage: TokenUsage | null;
  attempts: number;
}

export interface CallOptions {
  signal: AbortSignal;
  /** 0 on the first attempt; sent as x-stainless-retry-count, as the SDK does on its own retries. */
  attempt?: number;
}

export interface ChatModel {
  readonly description: ModelDescription;
  stream(messages: PromptMessage[], options: CallOptions): AsyncGenerator<string, StreamEnd>;
  structured<T>(
    messages: PromptMessage[],
    schema: ZodType<T>,
    name: string,
    options: CallOptions,
  ): Promise<Structured<T>>;
}
