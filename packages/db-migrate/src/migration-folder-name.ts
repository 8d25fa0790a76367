import { MigrationError } from "./migration-error";

/** Prisma's limit; migration_name is varchar(255) and the timestamp takes 15 more. */
const MAX_NAME_LENGTH = 200;

/**
 * `<yyyymmddhhmmss>_<snake_case name>`, like `prisma migrate dev`. The timestamp (UTC) is bumped
 * past the newest existing folder so the new migration always sorts last, even when two are
 * created within one second or a clock is behind.
 */
export function migrationFolderName(name: string, existingNames: readonly string[], now = new Date()): string {
  const snakeName = name
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (snakeName.length === 0) {
    throw new MigrationError("MIGRATION_NAME_INVALID", `"${name}" is not a usable migration name: use letters and digits, e.g. add_user_email.`);
  }
  if (snakeName.length > MAX_NAME_LENGTH) {
    throw new MigrationError("MIGRATION_NAME_INVALID", `Migration names are limited to ${MAX_NAME_LENGTH} characters.`);
  }

  let timestamp = formatTimestamp(now);
  const newest = existingNames
    .map((existing) => /^(\d{14})_/.exec(existing)?.[1])
    .filter((prefix): prefix is string => prefix !== undefined)
    .sort()
    .at(-1);
  if (newest !== undefined && timestamp <= newest) {
    timestamp = formatTimestamp(new Date(parseTimestamp(newest).getTime() + 1000));
  }
  return `${timestamp}_${snakeName}`;
}

function formatTimestamp(date: Date): string {
  return date.toISOString().replace(/\D/g, "").slice(0, 14);
}

function parseTimestamp(timestamp: string): Date {
  const [, year, month, day, hour, minute, second] = /^(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)$/.exec(timestamp)!;
  return new Date(Date.UTC(Number(year), Number(month) - 1, Number(day), Number(hour), Number(minute), Number(second)));
}
