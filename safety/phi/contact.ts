// Catches contact details: email addresses, URLs and bare web domains, IPv4 and IPv6 addresses,
// phone and fax numbers (international, North American, UK and cue-led local forms). Clinical
// numbers such as "BP 140/90", "38.5" or "500mg" do not have a phone's shape and survive.

import type { Candidate } from "./span.ts";
import { before, collect, digitCount } from "./span.ts";

// The lookbehind pins each try to the start of a token, so a long run without "@" stays linear.
const EMAIL = /(?<![\w.%+-])[\w.%+-]+@[\w-]+\.[\w.-]+/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"'`]+/gi;
const DOMAIN =
  /\b[a-z0-9][a-z0-9-]{0,62}\.(?:com|org|net|edu|gov|io|co|uk|us|de|fr|nl|info|biz|me|app|health|nhs|au|ca|eu|ch|se|no|dk|fi|es|it|pl|be|at|cz|hu|ie|nz|za|in|jp|cn|br|mx|ru|cy|pt|gr|tr)(?:\.[a-z]{2})?(?:\/[^\s<>"']*)?/gi;
const IPV4 = /\b\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}\b/g;
const IPV6 = /[0-9A-Fa-f:]{7,45}/g;
const PHONE_RUN = /(?:\+\(?|\()?\b\d[\d \t().-]{5,22}\d\b/g;
const PHONE_CUE =
  /\b(?:phone|tel|telephone|mobile|mob|cell|call|calling|text|txt|number|no\.|contact|ring|whatsapp|landline|ph|fax|reach|dial|desk|office|home|work)(?:\W{1,3}(?:me|us|him|her|them|on|at|is|was|number)){0,3}\W{0,3}$/;
const CUE_AFTER = /^[ \t-]{0,3}\(?(?:office|mobile|cell|home|work|desk|fax)\b/i;
// French-style "01.84.17.61.18": dots between pairs of digits.
const DOTTED_PAIRS = /^\d{2}(?:\.\d{2}){3,4}$/;
const FAX_BEFORE = /fax\b[^\n]{0,12}$/;
const FAX_AFTER = /^[ \t-]{0,3}\(?fax\b/i;
const NANP = /^(?:\+?1[ .-]?)?\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}$/;
const TRAILING = /[.,;:!?)\]]+$/;

function trimmed(text: string, pattern: RegExp): Candidate[] {
  return collect(text, pattern, "url").map((span) => {
    const value = text.slice(span.start, span.end).replace(TRAILING, "");
    return { ...span, end: span.start + value.length };
  });
}

function isIpv4(value: string): boolean {
  return value.split(".").every((part) => Number(part) <= 255);
}

function isIpv6(value: string): boolean {
  const groups = value.split(":");
  if (groups.length < 3 || groups.length > 8) return false;
  if (!value.includes("::") && groups.length !== 8) return false;
  if (value.split("::").length > 2) return false;
  return (
    groups.every((group) => group.length <= 4) && groups.filter((g) => g.length > 0).length >= 2
  );
}

function phoneShaped(text: string, value: string, start: number): boolean {
  const digits = digitCount(value);
  if (digits < 7 || digits > 15) return false;
  // ZIP+4 and decimals ("38.5 39.2") are not phone numbers.
  if (DOTTED_PAIRS.test(value)) return true;
  if (/^\d{5}-\d{4}$/.test(value) || /\.\d{1,2}(?!\d)/.test(value)) return false;
  if (value.startsWith("+")) return digits >= 8;
  if (NANP.test(value)) return true;
  if (PHONE_CUE.test(before(text, start, 24))) return true;
  if (CUE_AFTER.test(text.slice(start + value.length, start + value.length + 10))) return true;
  if (/^0\d/.test(value) && digits >= 10 && digits <= 11) return true;
  return !value.includes(".") && /[ -].*[ -]/.test(value) && digits >= 9;
}

function phones(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(PHONE_RUN)) {
    const value = match[0];
    if (!phoneShaped(text, value, match.index)) continue;
    const extension = /^ ?(?:x|ext\.?|extension) ?\d{1,5}/i.exec(
      text.slice(match.index + value.length),
    );
    const end = match.index + value.length + (extension?.[0].length ?? 0);
    const fax =
      FAX_BEFORE.test(before(text, match.index, 20)) || FAX_AFTER.test(text.slice(end, end + 8));
    out.push({ type: fax ? "fax" : "phone", start: match.index, end });
  }
  return out;
}

export function findContacts(text: string): Candidate[] {
  return [
    ...collect(text, EMAIL, "email", (value) =>
      /\.[A-Za-z]{2,}$/.test(value.replace(TRAILING, "")),
    ).map((span) => ({
      ...span,
      end: span.start + text.slice(span.start, span.end).replace(TRAILING, "").length,
    })),
    ...trimmed(text, URL),
    ...trimmed(text, DOMAIN),
    ...collect(text, IPV4, "ip", isIpv4),
    ...collect(text, IPV6, "ip", isIpv6),
    ...phones(text),
  ];
}
