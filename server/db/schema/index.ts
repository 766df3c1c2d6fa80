export * from "./audit.ts";
export * from "./conversations.ts";
export * from "./escalations.ts";
export * from "./guidance.ts";
export * from "./messages.ts";
export * from "./settings.ts";
export * from "./staff.ts";
export * from "./turn-checks.ts";
