import { readFileSync } from "node:fs";
import { z } from "zod";
import type { EmergencyContacts } from "../../safety/types.ts";

// Emergency and crisis numbers by region. These defaults follow clinical-safety.md §3.6; entries
// marked VERIFY there (IE text line, NZ Lifeline, CA poison line) must be confirmed by the
// deploying organisation, which can replace any region with CARELINE_CONTACTS_FILE.

export const ContactsSchema = z.object({
  region: z.string().regex(/^[A-Z]{2}$/),
  emergencyNumber: z.string().min(2).max(20),
  crisisLines: z
    .array(z.object({ label: z.string().min(1).max(120), contact: z.string().min(1).max(120) }))
    .min(1),
  poisonLine: z.string().min(1).max(120).optional(),
  urgentAdviceLine: z.string().min(1).max(120).optional(),
});

export const ContactsFileSchema = z.record(z.string().regex(/^[A-Z]{2}$/), ContactsSchema);

export const DEFAULT_CONTACTS: Readonly<Record<string, EmergencyContacts>> = {
  US: {
    region: "US",
    emergencyNumber: "911",
    crisisLines: [
      { label: "988 Suicide & Crisis Lifeline", contact: "call or text 988" },
      { label: "Crisis Text Line", contact: "text HOME to 741741" },
    ],
    poisonLine: "Poison Help on 1-800-222-1222",
  },
  CA: {
    region: "CA",
    emergencyNumber: "911",
    crisisLines: [{ label: "9-8-8 Suicide Crisis Helpline", contact: "call or text 988" }],
  },
  GB: {
    region: "GB",
    emergencyNumber: "999",
    crisisLines: [
      { label: "Samaritans", contact: "call 116 123 (free, any time)" },
      { label: "NHS 111", contact: "call 111 and choose the mental health option" },
      { label: "Shout", contact: "text SHOUT to 85258" },
    ],
    urgentAdviceLine: "NHS 111",
  },
  IE: {
    region: "IE",
    emergencyNumber: "112",
    crisisLines: [{ label: "Samaritans", contact: "call 116 123 (free, any time)" }],
  },
  EU: {
    region: "EU",
    emergencyNumber: "112",
    crisisLines: [
      { label: "Emergency services", contact: "call 112" },
      { label: "Emotional support line (in many EU countries)", contact: "call 116 123" },
    ],
  },
  AU: {
    region: "AU",
    emergencyNumber: "000",
    crisisLines: [{ label: "Lifeline", contact: "call 13 11 14 or text 0477 13 11 14" }],
    poisonLine: "the Poisons Information Centre on 13 11 26",
    urgentAdviceLine: "healthdirect on 1800 022 222",
  },
  NZ: {
    region: "NZ",
    emergencyNumber: "111",
    crisisLines: [{ label: "Need to talk?", contact: "call or text 1737" }],
    poisonLine: "the National Poisons Centre on 0800 764 766",
    urgentAdviceLine: "Healthline on 0800 611 116",
  },
};

// Member states without their own entry use the single European emergency number.
const EU_REGIONS = new Set(
  "AT BE BG HR CY CZ DK EE FI FR DE GR HU IT LV LT LU MT NL PL PT RO SK SI ES SE".split(" "),
);

export interface ContactsDirectory {
  /** Contacts for a BCP 47 locale: its region, else the EU entry for member states, else the default. */
  forLocale(locale: string): EmergencyContacts;
}

export function regionOf(locale: string): string | undefined {
  try {
    return new Intl.Locale(locale).maximize().region;
  } catch {
    return undefined;
  }
}

export function createContactsDirectory(
  defaultLocale: string,
  overrides: Record<string, EmergencyContacts> = {},
): ContactsDirectory {
  const table: Record<string, EmergencyContacts> = { ...DEFAULT_CONTACTS, ...overrides };
  const fallbackRegion = regionOf(defaultLocale) ?? "US";
  const fallback = table[fallbackRegion] ?? table.US;
  if (!fallback) throw new Error(`no emergency contacts configured for ${fallbackRegion}`);
  return {
    forLocale(locale) {
      const region = regionOf(locale);
      if (region && table[region]) return table[region];
      if (region && EU_REGIONS.has(region) && table.EU) return table.EU;
      return fallback;
    },
  };
}

/** Reads a JSON file of per-region overrides; throws a message naming the file and field. */
export function loadContactsFile(path: string): Record<string, EmergencyContacts> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, "utf8"));
  } catch (error) {
    throw new Error(`CARELINE_CONTACTS_FILE ${path}: ${(error as Error).message}`);
  }
  const parsed = ContactsFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`CARELINE_CONTACTS_FILE ${path}: ${issue?.path.join(".")}: ${issue?.message}`);
  }
  return parsed.data;
}
