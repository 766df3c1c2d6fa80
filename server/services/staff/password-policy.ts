// What makes a care-team password too weak to accept (NIST SP 800-63B §5.1.1.2: length, a
// blocklist of common and context-specific words, no composition rules).

export const MIN_PASSWORD_CHARS = 12;
export const MAX_PASSWORD_CHARS = 256;

// Common passwords and the words they are built on ("Password2024!" strips to "password").
const COMMON_WORDS = new Set(
  (
    "password passw0rd passwort motdepasse contrasena qwerty qwertyuiop asdfgh asdfghjkl zxcvbnm " +
    "letmein welcome admin administrator root login changeme default secret iloveyou monkey " +
    "dragon sunshine princess football baseball soccer hockey master shadow superman batman " +
    "trustno michael jennifer jordan hunter ranger buster thomas charlie freedom whatever " +
    "starwars computer internet summer winter spring autumn hello goodbye careline health " +
    "hospital clinic nurse doctor clinician supervisor patient abcdef abcdefgh abc qazwsx " +
    "trustnoone access flower cookie pepper ginger killer maggie mustang"
  ).split(" "),
);

const SEQUENCES = ["0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm"];

function isSequential(s: string): boolean {
  const lower = s.toLowerCase();
  return SEQUENCES.some(
    (seq) => seq.includes(lower) || [...seq].reverse().join("").includes(lower),
  );
}

/** The reason a password is refused, or null when it is acceptable. */
export function passwordProblem(
  password: string,
  context: { email: string; displayName?: string },
): string | null {
  const chars = [...password];
  if (chars.length < MIN_PASSWORD_CHARS) return `must be at least ${MIN_PASSWORD_CHARS} characters`;
  if (chars.length > MAX_PASSWORD_CHARS) return `must be at most ${MAX_PASSWORD_CHARS} characters`;
  if (new Set(chars).size < 5) return "uses too few different characters";
  const lower = password.toLowerCase();
  const letters = lower.replace(/[^a-z]/g, "");
  if (letters.length === 0 || COMMON_WORDS.has(letters) || isSequential(letters)) {
    return "is a common password or built on one";
  }
  if (isSequential(password)) return "is a keyboard or alphabet sequence";
  const local = context.email.split("@")[0]?.toLowerCase() ?? "";
  if (local.length >= 3 && lower.includes(local)) return "must not contain your email address";
  for (const part of (context.displayName ?? "").toLowerCase().split(/\s+/)) {
    if (part.length >= 3 && lower.includes(part)) return "must not contain your name";
  }
  return null;
}
