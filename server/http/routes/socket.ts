import { Hono } from "hono";
import type { ConversationRow } from "../../db/schema/index.ts";
import { authorizeUpgrade, type ChatSocketDeps, chatSocket } from "../../ws/chat-socket.ts";
import { ApiError } from "../errors.ts";
import type { AppEnv } from "../types.ts";

type SocketEnv = AppEnv & { Variables: { socketConversation?: ConversationRow } };

export function socketRoutes(deps: ChatSocketDeps) {
  const app = new Hono<SocketEnv>();
  app.get(
    "/:id/socket",
    async (c, next) => {
      const conversation = await authorizeUpgrade(deps, c);
      if (conversation) c.set("socketConversation", conversation);
      await next();
    },
    chatSocket(deps, (c) => c.get("socketConversation")),
    () => {
      throw new ApiError("BAD_REQUEST", "Connect to this address with a WebSocket");
    },
  );
  return app;
}
