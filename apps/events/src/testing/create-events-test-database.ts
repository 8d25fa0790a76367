import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { createMigratedTestDatabase, type MigratedTestDatabase } from "@stepperslife/db-migrate/testing";
import { PrismaClient } from "../generated/prisma/client";

export type EventsTestDatabase = MigratedTestDatabase<PrismaClient>;

/** For tests: a fresh database on the run's PostgreSQL with this app's migrations applied, and a client on it. */
export function createEventsTestDatabase(): Promise<EventsTestDatabase> {
  return createMigratedTestDatabase({
    prefix: "events",
    migrationsDir: fileURLToPath(new URL("../../prisma/migrations", import.meta.url)),
    // A wider pool: the concurrency and webhook storm tests send many requests at once.
    createClient: (url) => new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 20 }) }),
  });
}
