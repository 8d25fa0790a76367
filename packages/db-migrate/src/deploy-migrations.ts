import { applyMigrations } from "./apply-migrations";
import { readMigrations } from "./read-migrations";

export interface DeployMigrationsOptions {
  databaseUrl: string;
  /** A Prisma migrations folder: `<yyyymmddhhmmss>_<name>/migration.sql` plus migration_lock.toml. */
  migrationsDir: string;
  log?: (message: string) => void;
}

/** Applies every pending migration of `migrationsDir`, in name order; running it again is a no-op. */
export async function deployMigrations({
  databaseUrl,
  migrationsDir,
  log,
}: DeployMigrationsOptions): Promise<{ applied: string[] }> {
  const migrations = await readMigrations(migrationsDir);
  return applyMigrations({ databaseUrl, migrations, log });
}
