import { join } from "node:path";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@stepperslife/testing/migrated-database";
import { appFolderOf, importAppModule } from "@stepperslife/testing/vertical-app";
import { createDatabase, type PrismaClientClass } from "../create-database";

type TestClient = { $disconnect(): Promise<void> };

/** A test database: its URL, a client of the app's type on it, and drop() (disconnects, then drops it). */
export type VerticalTestDatabase<Client> = MigratedTestDatabase<Client>;

export interface CreateVerticalTestDatabaseOptions {
  /** The app's manifest name: its migrations (apps/<app>/prisma/migrations) and its generated client follow from it. */
  app: string;
  /** The test client's pool; wider than the app's default where a test sends many queries at once. */
  max?: number;
}

/**
 * For an app's tests that need its database alone (no S3, mail or Stripe: see startVerticalTestApp for those): a
 * fresh database with the app's migrations applied, and a client of the app's own generated type on it, loaded from
 * apps/<app>/src/generated/prisma by path so this package never imports an app.
 */
export async function createVerticalTestDatabase<Client extends TestClient>({ app, max = 20 }: CreateVerticalTestDatabaseOptions): Promise<VerticalTestDatabase<Client>> {
  const { PrismaClient } = await importAppModule<{ PrismaClient: PrismaClientClass<Client> }>(app, "src/generated/prisma/client.ts");
  return createMigratedTestDatabase({
    prefix: app,
    migrationsDir: join(appFolderOf(app), "prisma", "migrations"),
    createClient: (url) => createDatabase({ PrismaClient, url, max }),
  });
}
