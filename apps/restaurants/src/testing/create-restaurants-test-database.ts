import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@stepperslife/db-migrate/testing";
import { PrismaClient } from "../generated/prisma/client";

export type RestaurantsTestDatabase = MigratedTestDatabase<PrismaClient>;

/** For tests: a fresh database on the run's PostgreSQL with this app's migrations applied, and a client on it. */
export function createRestaurantsTestDatabase(): Promise<RestaurantsTestDatabase> {
  return createMigratedTestDatabase({
    prefix: "restaurants",
    migrationsDir: fileURLToPath(new URL("../../prisma/migrations", import.meta.url)),
    // A wider pool: the webhook storm test delivers many events at once.
    createClient: (url) => new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 20 }) }),
  });
}
