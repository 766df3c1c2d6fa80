// Street lines in the forms people write them: "42 Elm Street", "1600 Pennsylvania Ave NW",
// "Rue de Virton 38", "26 rue des Lilas", "Koskikatu 25", "Trenerys gate 232", "Piroska u. 97",
// "PO Box 1123", "USNS Møller", "the corner of Main St and 5th Ave". Each match is validated in
// code: the words between number and street type may not be "the", "miles" or a clinical word.

import { COMMON_WORDS } from "./common-words.ts";
import { isMedicalWord } from "./medical-words.ts";
import { ORG_WORDS } from "./place-words.ts";
import type { Candidate } from "./span.ts";

const NUMBER = "\\d{1,6}[A-Za-z]?(?:[-/]\\d{1,4}[A-Za-z]?)?";
const WORD = "\\p{L}[\\p{L}\\p{M}'’.-]{0,24}";
const CAP_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]{0,24}";
const ORDINAL = "\\d{1,3}(?:st|nd|rd|th)";
const DIRECTION = "(?:[ \\t]{1,2}(?:N|S|E|W|NE|NW|SE|SW)\\b\\.?)?";

// Street types that are never everyday words, in any case.
const PLAIN_TYPES =
  "street|road|rd|avenue|ave|lane|boulevard|blvd|highway|hwy|parkway|pkwy|terrace|crescent|gardens|mews|plaza|turnpike|expressway|freeway|motorway|esplanade|promenade|causeway|bypass|crossroad|crossroads";
// Street types that are everyday words or abbreviations ("Park", "Way", "Dr", "St"): only after
// capitalised names.
const TITLE_TYPES =
  "St|Dr|Drive|Close|Court|Ct|Place|Pl|Square|Sq|Circle|Cir|Trail|Trl|Ln|Av|Cres|Gdns|Way|Grove|Row|Walk|Hill|Hills|Park|Green|Rise|Parade|Quay|Wharf|View|Vale|Alley|Bend|Bluff|Centre|Center|Common|Corner|Cove|Coves|Creek|Crossing|Estate|Extension|Extensions|Ferry|Field|Fields|Forge|Forges|Fork|Gateway|Glen|Harbor|Harbour|Haven|Heights|Hollow|Island|Isle|Junction|Knoll|Landing|Loop|Mall|Manor|Meadow|Meadows|Mill|Mount|Orchard|Oval|Pass|Path|Pike|Plain|Point|Port|Prairie|Ranch|Rapids|Ridge|River|Route|Run|Shore|Spring|Springs|Spur|Station|Summit|Trace|Track|Union|Valley|Villa|Village|Vista|Wells|Wood|Woods|Yard|Chase|Croft|Drove|End|Gate|Lea|Nook|Paddock|Ridgeway|Side|Strand|Streets|Squares|Roads|Hwy";
// Types written after the name, glued to it ("Koskikatu", "Betburweg", "Nybyvägen").
const GLUED_TYPES =
  "straße|strasse|str\\.|weg|gasse|platz|allee|damm|graben|ufer|steig|pfad|markt|laan|straat|plein|gracht|kade|singel|dijk|steeg|hove|wei|vej|gade|stræde|straede|gata|gatan|vägen|väg|gränd|veien|vegen|vei|stien|vegur|braut|stræti|straeti|katu|tie|kuja|polku|utca|ulica|cesta|iela|gatve|tänav";
// Types written as a word after the name ("Trenerys gate", "Csabai kapu", "Piroska u.");
// the foreign ones in any case ("Villacher Strasse"), the English look-alikes lower-case only.
const WORD_TYPES =
  "gate|gaten|tie|u\\.|sor|tér|út|útja|köz|kapu|tee|põik|alle|allé|terrasse|plass|torg";
const WORD_TYPES_ANY_CASE =
  "gata|gatan|vej|gade|vei|veien|vegen|väg|vägen|utca|körút|krt\\.|rkp\\.|sétány|ulica|ul\\.|straße|strasse|gasse|weg|laan|straat|katu|maantee|mnt\\.|puiestee";
// Types written before the name ("Rue de Virton", "Calle Mayor", "ul. Grochowa"); English
// look-alikes ("via", "place", "route") only capitalised.
const PREFIX_TYPES =
  "rue|av\\.|avda\\.?|avenida|chemin|allée|allee|quai|calle|c/|carrer|paseo|passeig|plaça|praça|praca|rua|rúa|travessa|viale|corso|piazza|piazzale|vicolo|strada|contrada|ulica|ul\\.|aleja|trg|ulice|náměstí|namesti|quadra|estrada|rodovia|camino|carretera|rambla";
const PREFIX_TYPES_CAPITALISED = "Via|Place|Route|Cours|Avenue|Boulevard|Impasse|Plaza|Largo|Rue";
const PARTICLE =
  "(?:de|du|des|la|le|les|del|della|dei|di|da|do|dos|das|d'|l'|van|von|der|den|y|e|al|el)";

const STREET_PLAIN = new RegExp(
  `(?<![\\p{L}\\d])${NUMBER},?[ \\t]{1,2}(?:${ORDINAL}[ \\t]|(?:${WORD}[ \\t]){1,3})(?:${PLAIN_TYPES})\\b\\.?${DIRECTION}`,
  "giu",
);
const STREET_TITLE = new RegExp(
  `(?<![\\p{L}\\d])${NUMBER},?[ \\t]{1,2}(?:(?:N|S|E|W)\\.?[ \\t])?(?:${ORDINAL}[ \\t]|(?:${CAP_WORD}[ \\t]){1,3})(?:${TITLE_TYPES})\\b\\.?${DIRECTION}`,
  "gu",
);
const EURO_GLUED = new RegExp(
  `(?<![\\p{L}\\d])\\p{L}[\\p{L}\\p{M}'’-]{1,30}(?:${GLUED_TYPES})\\.?,?[ \\t]{1,2}\\d{1,5}[A-Za-z]?(?![\\p{L}\\d])`,
  "giu",
);
const WORD_TYPED = (types: string, flags: string) =>
  new RegExp(
    `(?<![\\p{L}\\d])${CAP_WORD}(?:[ \\t]${WORD}){0,2}[ \\t](?:${types})(?:[ \\t]|(?<=\\.))[ \\t]?\\d{1,5}[A-Za-z]?\\.?(?![\\p{L}\\d])`,
    flags,
  );
const EURO_WORD = WORD_TYPED(WORD_TYPES, "gu");
const EURO_WORD_ANY_CASE = WORD_TYPED(WORD_TYPES_ANY_CASE, "giu");
// "2505 Heatherleigh Suite 620": a number and a name, then a flat or suite.
const STREET_BEFORE_UNIT = new RegExp(
  `(?<![\\p{L}\\d])${NUMBER}[ \\t]{1,2}(?:${CAP_WORD}[ \\t]){1,3}(?=,?[ \\t]{0,2}(?:Apt|Apartment|Suite|Ste|Unit|Flat)\\b\\.?[ \\t]?#?\\d)`,
  "gu",
);
const PREFIXED = (types: string, flags: string) =>
  new RegExp(
    `(?<![\\p{L}\\d])(?:${NUMBER},?[ \\t]{1,2})?(?:${types})(?![\\p{L}])[ \\t]{0,2}(?:(?:${PARTICLE}|${CAP_WORD}|\\p{Ll}[\\p{L}\\p{M}'’-]{2,24})[ \\t]{1,2}){0,4}(?:${CAP_WORD}|\\p{Ll}[\\p{L}\\p{M}'’-]{2,24})(?:,?[ \\t]{1,2}\\d{1,5}[A-Za-z]?(?![\\p{L}\\d]))?`,
    flags,
  );
const EURO_PREFIX = PREFIXED(PREFIX_TYPES, "giu");
const EURO_PREFIX_CAPITALISED = PREFIXED(PREFIX_TYPES_CAPITALISED, "gu");
// A name and a house number with nothing to say it is a street: kept only with a building
// number before it ("20789 Allika 46") or address lines after it (`address-block.ts`).
export const BARE_STREET = new RegExp(
  `(?<![\\p{L}\\d/.,:-])(\\d{1,6}[ \\t]{1,2})?(${CAP_WORD}(?:[ \\t]${CAP_WORD}){0,2}),?[ \\t]{1,2}\\d{1,5}[A-Za-z]?(?![\\p{L}\\d/%]|[.,]\\d)`,
  "dgu",
);
const PO_BOX =
  /(?<![\p{L}\d])(?:p\.? ?o\.? ?box|post office box|postbox|gpo box|locked bag|private bag|(?:psc|cmr|unit) \d{1,5},? box)[ \t]{0,2}#?\d{1,6}\b/giu;
const SHIP = /\b(?:USNS|USNV|USS|USCGC|USNH|HMS|HMAS|HMCS)[ \t]{1,2}\p{Lu}[\p{L}\p{M}'’-]{1,30}/gu;
const MILITARY = /\b(?:APO|FPO|DPO)[ \t]{1,2}(?:AA|AE|AP)\b/gi;
const UNIT_ALONE = /\b(?:apt|apartment|suite|ste)\.? ?#?\d{1,5}[A-Za-z]?\b/gi;
const FLAT = /\bFlat \d{1,4}[A-Za-z]?\b/g;
const CORNER =
  /\bcorner of[ \t]{1,2}((?:\d{1,5}[ \t]|ul\.[ \t]|\p{Lu})[^\n,;!?]{2,60}?)[ \t]{1,2}(?:and|&)[ \t]{1,2}((?:\d{1,5}(?:st|nd|rd|th)?[ \t])?\p{Lu}[\p{L}\p{M}'’.-]{0,24}(?:[ \t]\p{L}[\p{L}\p{M}'’.-]{0,24}){0,3})/dgu;

// Words that show a count or a route, not a street name: "walked 5 miles down the road".
export const NOT_STREET_WORD = new Set(
  "bed beds bedroom storey story floor floors nights night degrees mmol pm am with the a an to from down up along across my your his her our their this that these those of in on at by with and or for into onto over past off out around through near miles mile km kilometres kilometers metres meters yards blocks minutes mins minute hours hour hrs times days day weeks week months years tablets tablet pills mg ml units doses".split(
    " ",
  ),
);

function wordsOf(value: string): string[] {
  return value.match(/\p{L}[\p{L}\p{M}'’.-]*/gu) ?? [];
}

const NOT_GLUED_STREET = /^(?:brigade|renegade|necktie|bowtie)/i;

function streetWordsOk(value: string, clinicalToo: boolean, orgToo = false): boolean {
  if (NOT_GLUED_STREET.test(value)) return false;
  return wordsOf(value).every((word) => {
    const key = word.toLowerCase().replace(/\.$/, "");
    if (NOT_STREET_WORD.has(key)) return false;
    if (orgToo && ORG_WORDS.has(key)) return false;
    return !clinicalToo || !isMedicalWord(key);
  });
}

function spans(text: string, pattern: RegExp, accept: (value: string) => boolean): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(pattern)) {
    if (accept(match[0]))
      out.push({ type: "address", start: match.index, end: match.index + match[0].length });
  }
  return out;
}

function corners(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const match of text.matchAll(CORNER)) {
    const [start] = match.indices?.[1] ?? [match.index];
    const end = match.indices?.[2]?.[1] ?? match.index + match[0].length;
    const first = match[1] ?? "";
    const firstWords = wordsOf(first).filter((w) => /^\p{Ll}/u.test(w) && w !== "ul.");
    if (firstWords.some((w) => COMMON_WORDS.has(w.toLowerCase()) || isMedicalWord(w))) continue;
    out.push({ type: "address", start: start ?? match.index, end });
  }
  return out;
}

/** Street lines, PO boxes and military addresses; `address-block.ts` extends them. */
export function findStreets(text: string): Candidate[] {
  const ships = [...spans(text, SHIP, () => true), ...spans(text, MILITARY, () => true)];
  // Every other form has a house, box or flat number.
  if (!/\d/.test(text)) return ships;
  return [
    ...ships,
    ...spans(text, STREET_PLAIN, (v) => streetWordsOk(v, false)),
    ...spans(text, STREET_TITLE, (v) => streetWordsOk(v, true, true)),
    ...spans(text, EURO_GLUED, (v) => streetWordsOk(v, true)),
    ...spans(text, EURO_WORD, (v) => streetWordsOk(v, true)),
    ...spans(text, EURO_WORD_ANY_CASE, (v) => streetWordsOk(v, true)),
    ...spans(text, STREET_BEFORE_UNIT, (v) => streetWordsOk(v, true)),
    ...spans(text, EURO_PREFIX, (v) => /\d/.test(v) && streetWordsOk(v, true)),
    ...spans(text, EURO_PREFIX_CAPITALISED, (v) => /\d/.test(v) && streetWordsOk(v, true)),
    ...spans(text, PO_BOX, () => true),
    ...spans(text, UNIT_ALONE, () => true),
    ...spans(text, FLAT, () => true),
    ...(text.includes("orner of") ? corners(text) : []),
  ];
}
