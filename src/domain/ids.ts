/** Opaque random identifiers for records and profiles (never derived from personal data). */
export function newId(): string {
  return crypto.randomUUID();
}
