// ZIP codes and postcodes. US ZIP+4, UK and Canadian postcodes have shapes rare enough to take
// anywhere; a five-digit ZIP needs a cue ("zip 90210") or a state before it ("IL 62704"); other
// countries' forms (Dutch "1234 AB", Polish "53-320", Swedish "394 13") only inside an address
// (`address-block.ts`) or after a postcode cue.

import type { Candidate } from "./span.ts";
import { collect } from "./span.ts";

export const US_STATE_CODES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AA|AE|AP";
export const REGION_CODES = `${US_STATE_CODES}|AB|BC|MB|NB|NL|NS|NT|NU|ON|PE|QC|SK|YT|NSW|VIC|QLD|TAS|ACT`;

// Outward code, then an inward code whose letters skip C, I, K, M, O and V, so "B12 2MG" is no postcode.
const UK = "[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? ?\\d[ABD-HJLNP-UW-Z]{2}";
const CANADA = "[ABCEGHJ-NPRSTVXY]\\d[ABCEGHJ-NPRSTV-Z][ -]?\\d[ABCEGHJ-NPRSTV-Z]\\d";
const US = "\\d{5}(?:-\\d{4})?";
/** Postcode forms accepted inside an address block, most specific first. */
export const ANY_POSTCODE = new RegExp(
  `(?:${US}|${UK}|${CANADA}|\\d{4}[ \\t]?[A-Z]{2}|\\d{2}-\\d{3}|\\d{4}-\\d{3}|\\d{5}-\\d{3}|\\d{3}[ \\t]\\d{2}|\\d{3}-\\d{4}|\\d{3,6})(?![\\p{L}\\d])`,
  "uy",
);
export const UK_OR_CANADA_ANY_CASE = new RegExp(`(?:${UK}|${CANADA})(?![\\p{L}\\d])`, "iuy");

const ZIP_CUE = new RegExp(
  `\\b(?:zip ?code|zipcode|postal code|postcode|post code|zip|postal|plz)[ \\t]{0,3}(?:is|was|:|#|=)?[ \\t]{0,3}(${US}|${UK}|${CANADA}|[A-Za-z0-9]{2,5}(?:[ -][A-Za-z0-9]{2,4})?)(?![\\p{L}\\d])`,
  "dgiu",
);
const ZIP_AFTER_STATE = new RegExp(`\\b(?:${US_STATE_CODES}),?[ \\t]{1,2}(${US})\\b`, "dg");
const ZIP_PLUS_4 = /\b\d{5}-\d{4}\b/g;
// Anywhere, only with the space: "CD40LG" and "IL36RN" are genes.
const UK_SPACED = "[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]? \\d[ABD-HJLNP-UW-Z]{2}";
const UK_POSTCODE = new RegExp(`\\b${UK_SPACED}\\b`, "g");
const CANADA_POSTCODE = new RegExp(`\\b${CANADA}\\b`, "g");

export function findPostcodes(text: string): Candidate[] {
  return [
    ...collect(text, ZIP_CUE, "zip", (value) => /\d/.test(value), 1),
    ...collect(text, ZIP_AFTER_STATE, "zip", () => true, 1),
    ...collect(text, ZIP_PLUS_4, "zip"),
    ...collect(text, UK_POSTCODE, "zip"),
    ...collect(text, CANADA_POSTCODE, "zip"),
  ];
}
