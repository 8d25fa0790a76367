import { applyMigrations } from "./apply-migrations";
import { diffDatabaseWithSchema, type SchemaDiff } from "./diff-database-with-schema";
import type { LocalMigration } from "./read-migrations";
import type { SchemaFile } from "./read-schema-files";

/** Replays the migration history into an empty (scratch) database, then diffs it with the schema. */
export async function diffMigrationsWithSchema({
  scratchUrl,
  migrations,
  schemaFiles,
}: {
  scratchUrl: string;
  migrations: readonly LocalMigration[];
  schemaFiles: readonly SchemaFile[];
}): Promise<SchemaDiff> {
  await applyMigrations({ databaseUrl: scratchUrl, migrations });
  return diffDatabaseWithSchema({ databaseUrl: scratchUrl, schemaFiles });
}
