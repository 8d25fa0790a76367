import type { MigratedTestDatabase } from "@stepperslife/testing/migrated-database";
import { createVerticalTestDatabase } from "@stepperslife/vertical/testing";
import { PrismaClient } from "../generated/prisma/client";

export type RestaurantsTestDatabase = MigratedTestDatabase<PrismaClient>;

const migrations = new URL("../../prisma/migrations", import.meta.url);

/** For tests: a fresh database on the run's PostgreSQL with this app's migrations applied, and a client on it. */
export function createRestaurantsTestDatabase(): Promise<RestaurantsTestDatabase> {
  // A wider pool: the webhook storm test delivers many events at once.
  return createVerticalTestDatabase({ name: "restaurants", PrismaClient, migrations, max: 20 });
}
