import { readdir, readFile, stat } from "node:fs/promises";
import { join } from "node:path";
import { MigrationError } from "./migration-error";
import { migrationChecksum } from "./migration-checksum";

export interface LocalMigration {
  /** Folder name, e.g. 20250101120000_add_users; also the migration_name Prisma records. */
  name: string;
  script: string;
  checksum: string;
}

export const MIGRATION_FILE = "migration.sql";

/**
 * The migrations of a Prisma migrations folder, in the order they apply (folder name order).
 * A missing folder means an app without migrations yet; a folder without migration.sql is an
 * error, as it is for Prisma, because skipping it would silently reorder history.
 */
export async function readMigrations(migrationsDir: string): Promise<LocalMigration[]> {
  let entries;
  try {
    entries = await readdir(migrationsDir, { withFileTypes: true });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw new MigrationError("MIGRATIONS_DIR_INVALID", `Cannot read migrations folder ${migrationsDir}: ${String(error)}`, {
      cause: error,
    });
  }

  const folders = entries
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  const migrations: LocalMigration[] = [];
  for (const name of folders) {
    const scriptPath = join(migrationsDir, name, MIGRATION_FILE);
    if (!(await isFile(scriptPath))) {
      throw new MigrationError(
        "MIGRATIONS_DIR_INVALID",
        `Migration folder ${name} has no ${MIGRATION_FILE} (in ${migrationsDir}). Remove the folder or add the file.`,
      );
    }
    const script = await readFile(scriptPath, "utf8");
    migrations.push({ name, script, checksum: migrationChecksum(script) });
  }
  return migrations;
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}
