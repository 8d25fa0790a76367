import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { deployMigrations } from "@stepperslife/db-migrate";
import { createTestDatabase } from "@stepperslife/testing";
import { PrismaClient } from "../generated/prisma/client";

export interface RestaurantsTestDatabase {
  url: string;
  db: PrismaClient;
  drop(): Promise<void>;
}

const migrationsDir = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** For tests: a fresh database on the run's PostgreSQL with this app's migrations applied, and a client on it. */
export async function createRestaurantsTestDatabase(): Promise<RestaurantsTestDatabase> {
  const database = await createTestDatabase("restaurants");
  await deployMigrations({ databaseUrl: database.url, migrationsDir });
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url, max: 20 }) });
  return {
    url: database.url,
    db,
    drop: async () => {
      await db.$disconnect();
      await database.drop();
    },
  };
}
