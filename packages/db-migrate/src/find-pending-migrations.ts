import { MigrationError } from "./migration-error";
import { scriptMatchesChecksum } from "./migration-checksum";
import type { MigrationHistoryRow } from "./read-migration-history";
import type { LocalMigration } from "./read-migrations";

/**
 * Compares the local folders with the database's history and returns what is left to apply.
 * Refuses, as Prisma Migrate does, whenever applying more would build on a history nobody can
 * reproduce: a failed attempt still in the table, an applied migration edited since, or one that
 * exists only in the database. Rows marked rolled back are an audit trail and are ignored.
 */
export function findPendingMigrations(
  localMigrations: readonly LocalMigration[],
  history: readonly MigrationHistoryRow[],
): LocalMigration[] {
  const live = history.filter((row) => row.rolledBackAt === null);

  const failed = live.filter((row) => row.finishedAt === null);
  if (failed.length > 0) {
    const names = failed.map((row) => row.migrationName).join(", ");
    throw new MigrationError(
      "MIGRATION_FAILED_ROW",
      `The database records a failed migration: ${names}. Nothing was applied. Repair the database by hand, ` +
        `then mark the attempt rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() ` +
        `WHERE migration_name = '…' AND finished_at IS NULL, or \`prisma migrate resolve --rolled-back\`) and deploy again.`,
    );
  }

  const localByName = new Map(localMigrations.map((migration) => [migration.name, migration]));

  const missing = [...new Set(live.filter((row) => !localByName.has(row.migrationName)).map((row) => row.migrationName))];
  if (missing.length > 0) {
    throw new MigrationError(
      "MIGRATION_MISSING_LOCALLY",
      `The database has applied migrations that are not in the migrations folder: ${missing.join(", ")}. ` +
        `Restore them (e.g. pull the branch that added them) before deploying.`,
    );
  }

  const edited = [
    ...new Set(
      live
        .filter((row) => {
          const local = localByName.get(row.migrationName);
          return local !== undefined && !scriptMatchesChecksum(local.script, row.checksum);
        })
        .map((row) => row.migrationName),
    ),
  ];
  if (edited.length > 0) {
    throw new MigrationError(
      "MIGRATION_EDITED",
      `Applied migrations were edited after they were applied: ${edited.join(", ")}. ` +
        `Restore their original migration.sql and put the change in a new migration (db-migrate new <name>).`,
    );
  }

  const appliedNames = new Set(live.map((row) => row.migrationName));
  return localMigrations.filter((migration) => !appliedNames.has(migration.name));
}
