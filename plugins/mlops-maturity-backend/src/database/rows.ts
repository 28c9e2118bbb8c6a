/** Timestamps come back as Date (PostgreSQL) or epoch milliseconds (SQLite). */
export function toIsoString(value: Date | number | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}
