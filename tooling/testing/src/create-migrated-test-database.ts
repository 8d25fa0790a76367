import { deployMigrations } from "@stepperslife/db-migrate";
import { createTestDatabase } from "./index";

export interface MigratedTestDatabase<Client> {
  url: string;
  db: Client;
  drop(): Promise<void>;
}

/**
 * For an app's tests: a fresh database on the run's PostgreSQL with that app's own migrations applied (the same
 * runner `npm start` uses), and the app's own client on it. The app passes its client so this package never
 * depends on any app's generated code. Here, not in db-migrate, so that no runtime package carries test code.
 */
export async function createMigratedTestDatabase<Client extends { $disconnect(): Promise<void> }>({
  prefix,
  migrationsDir,
  createClient,
}: {
  prefix: string;
  migrationsDir: string;
  createClient(url: string): Client;
}): Promise<MigratedTestDatabase<Client>> {
  const database = await createTestDatabase(prefix);
  await deployMigrations({ databaseUrl: database.url, migrationsDir });
  const db = createClient(database.url);
  return {
    url: database.url,
    db,
    drop: async () => {
      await db.$disconnect();
      await database.drop();
    },
  };
}
