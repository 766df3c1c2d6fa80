// Untrusted text (patient messages, retrieved passages) goes to the model as DATA between fences
// whose boundary token is random per request, so nobody can close a fence from inside it.

const BOUNDARY = /^[A-Za-z0-9]{12,64}$/;

/** `text` between BEGIN/END lines that carry `boundary`; throws if the text contains the boundary. */
export function fence(label: string, text: string, boundary: string): string {
  if (!BOUNDARY.test(boundary)) throw new Error("fence boundary must be 12-64 letters or digits");
  if (text.includes(boundary)) throw new Error("fenced text contains the boundary token");
  return `<<<BEGIN ${label} ${boundary}>>>\n${text}\n<<<END ${label} ${boundary}>>>`;
}
