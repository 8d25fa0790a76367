import type { MigratedTestDatabase } from "@stepperslife/testing/migrated-database";
import { createVerticalTestDatabase } from "@stepperslife/vertical/testing";
import { PrismaClient } from "../generated/prisma/client";

export type EventsTestDatabase = MigratedTestDatabase<PrismaClient>;

const migrations = new URL("../../prisma/migrations", import.meta.url);

/** For tests: a fresh database on the run's PostgreSQL with this app's migrations applied, and a client on it. */
export function createEventsTestDatabase(): Promise<EventsTestDatabase> {
  // A wider pool: the concurrency and webhook storm tests send many requests at once.
  return createVerticalTestDatabase({ name: "events", PrismaClient, migrations, max: 20 });
}
