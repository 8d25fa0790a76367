import { diffMigrationsWithSchema } from "./diff-migrations-with-schema";
import { readMigrations } from "./read-migrations";
import { readSchemaFiles } from "./read-schema-files";
import { withScratchDatabase } from "./scratch-database";

export interface CheckMigrationsOptions {
  /** A role with CREATEDB: the check replays the migrations into a scratch database it then drops. */
  adminUrl: string;
  schemaPath: string;
  migrationsDir: string;
}

/**
 * Whether the migrations produce exactly the schema. When they do not, `sql` is the migration
 * that is missing (what `createMigration` would write). Writes nothing.
 */
export async function checkMigrations({
  adminUrl,
  schemaPath,
  migrationsDir,
}: CheckMigrationsOptions): Promise<{ inSync: boolean; sql: string }> {
  const schemaFiles = await readSchemaFiles(schemaPath);
  const migrations = await readMigrations(migrationsDir);
  const diff = await withScratchDatabase({
    adminUrl,
    run: (scratchUrl) => diffMigrationsWithSchema({ scratchUrl, migrations, schemaFiles }),
  });
  return { inSync: !diff.differs, sql: diff.sql };
}
