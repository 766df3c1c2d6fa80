// Expected failures raised by services; each transport maps them to its own error shape.
export type ServiceErrorKind =
  | "not_found"
  | "invalid"
  | "conflict"
  | "unauthenticated"
  | "forbidden"
  | "rate_limited"
  | "unavailable";

export class ServiceError extends Error {
  constructor(
    readonly kind: ServiceErrorKind,
    message: string,
  ) {
    super(message);
    this.name = "ServiceError";
  }
}

export const notFound = (what = "Not found") => new ServiceError("not_found", what);
