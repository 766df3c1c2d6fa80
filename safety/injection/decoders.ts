// Turns obfuscated text back into words so the ordinary rules can read it: base64, hex, binary,
// Morse, ROT13, reversed text, and leet or spaced-out letters. Each returns lower-case text or null.
// Candidates are found with single character-class runs and decoded in code: no regex backtracking.

const BASE64_RUN = /[A-Za-z0-9+/_-]{16,}={0,2}/g;
const HEX_RUN = /[0-9a-fA-F][0-9a-fA-F \t:,]{22,}[0-9a-fA-F]/g;
const BINARY_RUN = /[01][01 \t,]{30,}[01]/g;
const MORSE_RUN = /[.\-/][.\-/ ]{14,}[.\-/]/g;
const MIN_PRINTABLE = 0.9;

const MORSE: Record<string, string> = {
  ".-": "a",
  "-...": "b",
  "-.-.": "c",
  "-..": "d",
  ".": "e",
  "..-.": "f",
  "--.": "g",
  "....": "h",
  "..": "i",
  ".---": "j",
  "-.-": "k",
  ".-..": "l",
  "--": "m",
  "-.": "n",
  "---": "o",
  ".--.": "p",
  "--.-": "q",
  ".-.": "r",
  "...": "s",
  "-": "t",
  "..-": "u",
  "...-": "v",
  ".--": "w",
  "-..-": "x",
  "-.--": "y",
  "--..": "z",
  "-----": "0",
  ".----": "1",
  "..---": "2",
  "...--": "3",
  "....-": "4",
  ".....": "5",
  "-....": "6",
  "--...": "7",
  "---..": "8",
  "----.": "9",
};

const LEET: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "8": "b",
  "@": "a",
  $: "s",
  "!": "i",
  "|": "l",
  "+": "t",
  "€": "e",
};
const LEET_CHARS = /[0134578@$!|+€]/g;
// A digit or symbol wedged between letters ("1gn0re"), or four single letters in a row ("i g n o").
const LOOKS_OBFUSCATED =
  /[a-z][0134578@$!|+€]+[a-z]|(?:^|[^a-z])[a-z][ ._*\-/][a-z][ ._*\-/][a-z][ ._*\-/][a-z](?:[^a-z]|$)/;

function printable(text: string): boolean {
  if (text.length === 0) return false;
  let good = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if ((code >= 32 && code < 127) || code === 10 || code === 9) good += 1;
  }
  return good / text.length >= MIN_PRINTABLE;
}

function decodeBase64(run: string): string | null {
  const body = run.replace(/=+$/, "").replace(/-/g, "+").replace(/_/g, "/");
  // Real base64 mixes cases or has digits; a long plain word does not.
  if (!/[0-9+/]/.test(body) && !(/[A-Z]/.test(body) && /[a-z]/.test(body))) return null;
  const padded = body + "=".repeat((4 - (body.length % 4)) % 4);
  try {
    const text = atob(padded);
    return printable(text) ? text.toLowerCase() : null;
  } catch {
    return null;
  }
}

function decodeHex(run: string): string | null {
  const digits = run.replace(/[^0-9a-fA-F]/g, "");
  if (digits.length < 16 || digits.length % 2 !== 0) return null;
  let text = "";
  for (let i = 0; i < digits.length; i += 2)
    text += String.fromCharCode(parseInt(digits.slice(i, i + 2), 16));
  return printable(text) ? text.toLowerCase() : null;
}

function decodeBinary(run: string): string | null {
  const bits = run.replace(/[^01]/g, "");
  if (bits.length < 32 || bits.length % 8 !== 0) return null;
  let text = "";
  for (let i = 0; i < bits.length; i += 8)
    text += String.fromCharCode(parseInt(bits.slice(i, i + 8), 2));
  return printable(text) ? text.toLowerCase() : null;
}

function decodeMorse(run: string): string | null {
  if (!run.includes(".") || !run.includes("-")) return null;
  const words = run.trim().split(/\s*\/\s*|\s{2,}/);
  const decoded = words.map((word) =>
    word
      .split(" ")
      .filter((code) => code.length > 0)
      .map((code) => MORSE[code] ?? "")
      .join(""),
  );
  const text = decoded.join(" ").trim();
  return text.length >= 4 ? text : null;
}

export function rot13(folded: string): string {
  return folded.replace(/[a-z]/g, (ch) =>
    String.fromCharCode(((ch.charCodeAt(0) - 97 + 13) % 26) + 97),
  );
}

export function reversed(folded: string): string {
  return Array.from(folded).reverse().join("");
}

/** Leet undone with the spaces kept: "3n4bl3 d3v3l0p3r m0d3" → "enable developer mode". */
export function deleeted(folded: string): string | null {
  if (!LOOKS_OBFUSCATED.test(folded)) return null;
  return folded.replace(LEET_CHARS, (ch) => LEET[ch] ?? ch);
}

/** Letters only, after undoing leet: "1 g n 0 r 3  a l l" → "ignoreall". Null when nothing looks obfuscated. */
export function compacted(folded: string): string | null {
  if (!LOOKS_OBFUSCATED.test(folded)) return null;
  return folded.replace(LEET_CHARS, (ch) => LEET[ch] ?? ch).replace(/[^a-z]/g, "");
}

function decodeRuns(text: string, run: RegExp, decode: (run: string) => string | null): string[] {
  const out: string[] = [];
  for (const match of text.matchAll(run)) {
    const decoded = decode(match[0]);
    if (decoded !== null) out.push(decoded);
  }
  return out;
}

/** Every readable text hidden in `normalized` (case kept) by an encoding: base64, hex, binary, Morse. */
export function decodedPayloads(normalized: string): string[] {
  return [
    ...decodeRuns(normalized, BASE64_RUN, decodeBase64),
    ...decodeRuns(normalized, HEX_RUN, decodeHex),
    ...decodeRuns(normalized, BINARY_RUN, decodeBinary),
    ...decodeRuns(normalized, MORSE_RUN, decodeMorse),
  ];
}
