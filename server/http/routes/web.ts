import { Hono } from "hono";
import type { Asset } from "../../web/assets.ts";
import type { AppEnv } from "../types.ts";

export function webRoutes(assets: Map<string, Asset>) {
  const app = new Hono<AppEnv>();
  const serve = (key: string) => (c: import("hono").Context) => {
    const asset = assets.get(key);
    if (!asset) return c.notFound();
    c.header("Cache-Control", "no-cache");
    c.header("ETag", asset.etag);
    if (c.req.header("if-none-match") === asset.etag) return c.body(null, 304);
    return c.body(asset.body, 200, { "Content-Type": asset.contentType });
  };
  app.get("/", serve("/pages/chat"));
  app.get("/console", serve("/pages/console"));
  app.get("/assets/:file{[a-z-]+\\.(js|css)}", (c) => serve(`/assets/${c.req.param("file")}`)(c));
  return app;
}
