// Catches places smaller than a state: street addresses (number + street + suffix, with flat or
// suite), European street forms, PO boxes and military mail, US ZIP (cue, ZIP+4 or after a state),
// UK postcodes, and a town or city after "I live in" and similar. States and countries are kept.

import type { Candidate } from "./span.ts";
import { collect } from "./span.ts";

const WORD = "[A-Za-z][A-Za-z'.-]*";
// Suffixes that are also everyday words ("close", "drive", "way") count only after capitalised names.
const PLAIN_SUFFIX =
  "street|road|rd|avenue|ave|lane|ln|boulevard|blvd|highway|hwy|parkway|pkwy|terrace|crescent";
const TITLE_SUFFIX =
  "St|Dr|Drive|Close|Way|Place|Pl|Square|Sq|Court|Ct|Circle|Cir|Trail|Grove|Gardens|Mews|Plaza|Row|Walk|Hill|Park|Green|Rise|Parade|Quay|Wharf|View";
const UNIT =
  "(?:,?[ \\t]{0,2}(?:apt|apartment|suite|ste|unit|flat|fl|floor|#)\\.?[ \\t]{0,2}#?[A-Za-z0-9-]{1,6})?";

const STREET_PLAIN = new RegExp(
  `\\b\\d{1,6}[A-Za-z]? (?:${WORD} ){0,3}(?:${PLAIN_SUFFIX})\\b\\.?${UNIT}`,
  "gi",
);
const STREET_TITLE = new RegExp(
  `\\b\\d{1,6}[A-Za-z]? (?:[A-Z][A-Za-z'.-]* ){1,3}(?:${TITLE_SUFFIX})\\b\\.?${UNIT}`,
  "g",
);
const EURO_SUFFIX =
  /\b\p{Lu}[\p{L}'-]*(?:straße|strasse|str\.|weg|gasse|platz|allee|laan|straat|plein|gracht|vej|gade|gatan|vägen|väg|katu|tie|kuja|polku|utca|ulica)(?: \d{1,5}[a-zA-Z]?)/gu;
const EURO_PREFIX =
  /\b(?:rue|via|viale|calle|avenida|rua|piazza|plaza|ul\.|ulica|chemin|avenue|boulevard)(?: (?:de|du|des|la|le|del|della|di|da|do|dos|de la))? \p{Lu}[\p{L}'.-]*(?: \p{Lu}[\p{L}'.-]*)?,? \d{1,5}\b/giu;
const EURO_WORD_SUFFIX =
  /\b\p{Lu}[\p{L}'-]+ (?:tér|u\.|utca|út|körút|str\.?|ulica|ul\.|vej|gade|gata|gatan|väg|vägen|straße|strasse|weg|laan|straat|katu|tie|rd\.?|st\.?) \d{1,5}[a-zA-Z]?\b/gu;
// "I live at ...", "my address is ...": the place runs to the end of the clause and has a house number.
const ADDRESS_CUE =
  /\b(?:i live|we live|lives|living|staying|resides?|residing|my address is|address is|address:|new address|located at|deliver(?:ed)? to|send (?:it|them) to|sent to|post (?:it|them) to)(?: at| on| is|:)? ([^\n,.;!?]{0,40}\d[^\n,.;!?]{0,40})/dgi;
const PO_BOX = /\b(?:p\.? ?o\.? ?box|post office box|(?:psc|cmr|unit) \d{1,5},? box) \d{1,6}\b/gi;
const MILITARY = /\b(?:APO|FPO|DPO) (?:AA|AE|AP)\b/g;
const UNIT_ALONE = /\b(?:apt|apartment|suite|ste)\.? ?#?\d{1,5}[A-Za-z]?\b/gi;

const US_STATES =
  "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|AA|AE|AP";
const ZIP_CUE =
  /\b(?:zip|zip ?code|zipcode|postal code|postcode|post code)[ \t]{0,3}(?:is|:|#)?[ \t]{0,3}(\d{5}(?:-\d{4})?|[A-Za-z]{1,2}\d[A-Za-z\d]? ?\d[A-Za-z]{2})\b/dgi;
const ZIP_AFTER_STATE = new RegExp(`\\b(?:${US_STATES}),? (\\d{5}(?:-\\d{4})?)\\b`, "gd");
const CITY_BEFORE_STATE = new RegExp(
  `(?<![\\p{L}'-])(\\p{Lu}[\\p{L}'-]+(?: \\p{Lu}[\\p{L}'-]+)?),? (?:${US_STATES}),? \\d{5}\\b`,
  "gdu",
);
const ZIP_PLUS_4 = /\b\d{5}-\d{4}\b/g;
// Outward code, then an inward code whose letters skip C, I, K, M, O and V, so "B12 2MG" is no postcode.
const UK_POSTCODE = /\b[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2}\b/g;

const CITY_CUE =
  /\b(?:live|lives|living|lived|reside|resides|residing|moved|moving|based|born|grew up|staying|hometown is|town of|city of|village of) (?:in|to|at|near)? ?(\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?)/dgu;
// Safe Harbor allows states and countries; these are not redacted as places.
const REGIONS = new Set(
  "alabama alaska arizona arkansas california colorado connecticut delaware florida georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington wisconsin wyoming england scotland wales ireland britain america canada australia mexico india china japan germany france spain italy poland nigeria kenya pakistan brazil the europe africa asia january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday".split(
    " ",
  ),
);

function place(value: string): boolean {
  const first = value.split(" ")[0]?.toLowerCase() ?? "";
  return (
    !REGIONS.has(value.toLowerCase()) &&
    !REGIONS.has(first) &&
    !/^(?:New|North|South|West|East) (?:York|Carolina|Dakota|Jersey|Hampshire|Mexico|Virginia|Zealand)$/.test(
      value,
    )
  );
}

export function findAddresses(text: string): Candidate[] {
  return [
    ...collect(text, STREET_PLAIN, "address"),
    ...collect(text, STREET_TITLE, "address"),
    ...collect(text, EURO_SUFFIX, "address"),
    ...collect(text, EURO_PREFIX, "address"),
    ...collect(text, EURO_WORD_SUFFIX, "address"),
    ...collect(
      text,
      ADDRESS_CUE,
      "address",
      (value) => /\d/.test(value) && /\p{L}{3,}/u.test(value),
      1,
    ),
    ...collect(text, PO_BOX, "address"),
    ...collect(text, MILITARY, "address"),
    ...collect(text, UNIT_ALONE, "address"),
    ...collect(text, CITY_CUE, "address", place, 1),
    ...collect(text, CITY_BEFORE_STATE, "address", place, 1),
    ...collect(text, ZIP_CUE, "zip", () => true, 1),
    ...collect(text, ZIP_AFTER_STATE, "zip", () => true, 1),
    ...collect(text, ZIP_PLUS_4, "zip"),
    ...collect(text, UK_POSTCODE, "zip"),
  ];
}
