import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@stepperslife/testing/migrated-database";
import { PrismaClient } from "../generated/prisma/client";

export type MainTestDatabase = MigratedTestDatabase<PrismaClient>;

/** For tests: a fresh database on the run's PostgreSQL with the portal's migrations applied, and a client on it. */
export function createMainTestDatabase(): Promise<MainTestDatabase> {
  return createMigratedTestDatabase({
    prefix: "main",
    migrationsDir: fileURLToPath(new URL("../../prisma/migrations", import.meta.url)),
    createClient: (url) => new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) }),
  });
}
