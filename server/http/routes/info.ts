import { Hono } from "hono";
import { composeDisclosure } from "../../../safety/wording/en/disclosure.ts";
import type { ContactsDirectory } from "../../config/contacts.ts";
import type { AppEnv } from "../types.ts";
import { Locale } from "../validation.ts";

/** What the chat page needs before a conversation exists: numbers and the AI disclosure. */
export function infoRoutes(deps: {
  contacts: ContactsDirectory;
  defaultLocale: string;
  careTeamContact: string;
}) {
  const app = new Hono<AppEnv>();
  app.get("/", (c) => {
    const requested = Locale.safeParse(c.req.query("locale") ?? deps.defaultLocale);
    const locale = requested.success ? requested.data : deps.defaultLocale;
    const contacts = deps.contacts.forLocale(locale);
    return c.json({
      locale,
      contacts,
      careTeamContact: deps.careTeamContact,
      disclosure: composeDisclosure({ contacts, careTeamContact: deps.careTeamContact }),
    });
  });
  return app;
}
