import { createHash } from "node:crypto";

/** What Prisma stores in _prisma_migrations.checksum: sha256 hex of the migration.sql bytes. */
export function migrationChecksum(script: string): string {
  return createHash("sha256").update(script, "utf8").digest("hex");
}

/**
 * Git may check a migration out with CRLF on one machine and LF on another; that is not an edit.
 * The file matches when any of its line-ending variants hashes to the stored checksum.
 */
export function scriptMatchesChecksum(script: string, checksum: string): boolean {
  const withLf = script.replace(/\r\n/g, "\n");
  const withCrLf = withLf.replace(/\n/g, "\r\n");
  return [script, withLf, withCrLf].some((variant) => migrationChecksum(variant) === checksum);
}
