/**
 * A PostgreSQL text[] literal, passed as ONE bound parameter (cast with ::text[]). drizzle would
 * otherwise spread a JS array into a tuple, and the two drivers serialise arrays differently.
 */
export function textArrayLiteral(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}
