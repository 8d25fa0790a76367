import { fileURLToPath } from "node:url";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@stepperslife/testing/migrated-database";
import { createDatabase, type PrismaClientClass } from "../create-database";

type TestClient = { $disconnect(): Promise<void> };

export interface CreateVerticalTestDatabaseOptions<Class extends PrismaClientClass<TestClient>> {
  /** The app's name: the prefix of the test database's name. */
  name: string;
  PrismaClient: Class;
  /** The app's prisma/migrations folder, e.g. `new URL("../../prisma/migrations", import.meta.url)`. */
  migrations: URL;
  /** The test client's pool; wider than the app's default where a test sends many requests at once. */
  max?: number;
}

/** For an app's tests: a fresh database with the app's migrations applied, and a client of the app's own type on it. */
export function createVerticalTestDatabase<Class extends PrismaClientClass<TestClient>>(
  options: CreateVerticalTestDatabaseOptions<Class>,
): Promise<MigratedTestDatabase<InstanceType<Class>>> {
  const { name, PrismaClient, migrations, max = 10 } = options;
  return createMigratedTestDatabase({
    prefix: name,
    migrationsDir: fileURLToPath(migrations),
    createClient: (url) => createDatabase({ PrismaClient, url, max }),
  });
}
