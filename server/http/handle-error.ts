import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { Logger } from "../logger.ts";
import type { ServiceError, ServiceErrorKind } from "../services/errors.ts";
import { ServiceError as ServiceErrorClass } from "../services/errors.ts";
import { ApiError, type ErrorCode, errorBody, statusOf } from "./errors.ts";

const SERVICE_CODES: Record<ServiceErrorKind, ErrorCode> = {
  not_found: "NOT_FOUND",
  invalid: "BAD_REQUEST",
  conflict: "CONFLICT",
  unauthenticated: "UNAUTHORIZED",
  forbidden: "FORBIDDEN",
  rate_limited: "TOO_MANY_REQUESTS",
  unavailable: "SERVICE_UNAVAILABLE",
};

export function codeForServiceError(error: ServiceError): ErrorCode {
  return SERVICE_CODES[error.kind];
}

/** Maps any thrown value to the one error body; 5xx bodies never carry internal messages. */
export function toErrorResponse(error: unknown, c: Context, logger: Logger): Response {
  const requestId = (c.get("requestId") as string | undefined) ?? "unknown";
  let code: ErrorCode;
  let message: string;
  let headers: Record<string, string> = {};
  if (error instanceof ApiError) {
    ({ code, message, headers } = error);
  } else if (error instanceof ServiceErrorClass) {
    code = codeForServiceError(error);
    message = error.message;
  } else if (error instanceof HTTPException && error.status < 500) {
    code = error.status === 413 ? "PAYLOAD_TOO_LARGE" : "BAD_REQUEST";
    message = error.status === 413 ? "The request body is too large" : "Bad request";
  } else {
    logger.error({ err: error }, "unhandled error");
    code = "INTERNAL_SERVER_ERROR";
    message = "Something went wrong on our side. Please try again.";
  }
  const status = statusOf(code);
  if (status >= 500 && code !== "INTERNAL_SERVER_ERROR") logger.warn({ code }, message);
  return c.json(errorBody(code, message, requestId), status, {
    ...headers,
    "X-Request-Id": requestId,
  });
}
