import { Hono } from "hono";
import type { ContactsDirectory } from "../../config/contacts.ts";
import type { Database } from "../../db/client.ts";
import { today } from "../../retrieval/library.ts";
import { getGuidanceVersion } from "../../services/guidance/get-guidance-version.ts";
import { renderGuidanceNotFound, renderGuidancePage } from "../../web/guidance-page.ts";
import type { AppEnv } from "../types.ts";
import { Locale } from "../validation.ts";

export function guidanceRoutes(deps: {
  db: Database;
  contacts: ContactsDirectory;
  defaultLocale: string;
}) {
  const app = new Hono<AppEnv>();
  const page = async (c: import("hono").Context<AppEnv>, documentId: string, version?: number) => {
    const view = /^[a-z0-9-]{1,100}$/.test(documentId)
      ? await getGuidanceVersion(deps.db, {
          documentId,
          ...(version ? { version } : {}),
          today: today(),
        })
      : undefined;
    if (!view) return c.html(renderGuidanceNotFound(), 404);
    const locale = Locale.safeParse(c.req.query("locale") ?? deps.defaultLocale);
    return c.html(
      renderGuidancePage(
        view,
        deps.contacts.forLocale(locale.success ? locale.data : deps.defaultLocale),
      ),
    );
  };
  app.get("/:id", (c) => page(c, c.req.param("id")));
  app.get("/:id/v/:version{[0-9]{1,6}}", (c) =>
    page(c, c.req.param("id"), Number(c.req.param("version"))),
  );
  return app;
}
