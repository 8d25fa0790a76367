import { applyMigrations } from "./apply-migrations";
import { diffDatabaseWithSchema } from "./diff-database-with-schema";
import { diffMigrationsWithSchema } from "./diff-migrations-with-schema";
import { migrationChecksum } from "./migration-checksum";
import { MigrationError } from "./migration-error";
import { migrationFolderName } from "./migration-folder-name";
import { readMigrations, type LocalMigration } from "./read-migrations";
import { readSchemaFiles } from "./read-schema-files";
import { withScratchDatabase } from "./scratch-database";
import { writeMigrationFolder } from "./write-migration-folder";

export interface CreateMigrationOptions {
  /** A role with CREATEDB: the migration is computed and tried in a scratch database. */
  adminUrl: string;
  schemaPath: string;
  migrationsDir: string;
  /** Free text; becomes the snake_case part of the folder name. */
  name: string;
  log?: (message: string) => void;
}

/**
 * Writes the migration that takes the existing migrations to `schema.prisma`, once it has applied
 * cleanly on top of them in a scratch database. Returns the new folder, or null when the schema
 * and the migrations already agree (nothing is written then).
 */
export async function createMigration({
  adminUrl,
  schemaPath,
  migrationsDir,
  name,
  log = () => {},
}: CreateMigrationOptions): Promise<{ created: string | null }> {
  const schemaFiles = await readSchemaFiles(schemaPath);
  const migrations = await readMigrations(migrationsDir);
  const folderName = migrationFolderName(
    name,
    migrations.map((migration) => migration.name),
  );

  return withScratchDatabase({
    adminUrl,
    log,
    run: async (scratchUrl) => {
      const diff = await diffMigrationsWithSchema({ scratchUrl, migrations, schemaFiles });
      if (!diff.differs) return { created: null };

      const newMigration: LocalMigration = { name: folderName, script: diff.sql, checksum: migrationChecksum(diff.sql) };
      await proveMigrationApplies(scratchUrl, migrations, newMigration);

      const remaining = await diffDatabaseWithSchema({ databaseUrl: scratchUrl, schemaFiles });
      if (remaining.differs) {
        log(
          `Warning: after ${folderName} the schema engine still sees differences; review the migration:\n${remaining.sql}`,
        );
      }

      return { created: await writeMigrationFolder({ migrationsDir, folderName, script: diff.sql }) };
    },
  });
}

async function proveMigrationApplies(
  scratchUrl: string,
  migrations: readonly LocalMigration[],
  newMigration: LocalMigration,
): Promise<void> {
  try {
    await applyMigrations({ databaseUrl: scratchUrl, migrations: [...migrations, newMigration] });
  } catch (error) {
    throw new MigrationError(
      "GENERATED_MIGRATION_FAILED",
      `The generated migration does not apply, so nothing was written. ` +
        `${error instanceof Error ? error.message : String(error)}\n--- generated SQL ---\n${newMigration.script}`,
      { cause: error },
    );
  }
}
