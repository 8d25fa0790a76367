import { fileURLToPath } from "node:url";
import { PrismaPg } from "@prisma/adapter-pg";
import { deployMigrations } from "@stepperslife/db-migrate";
import { createTestDatabase } from "@stepperslife/testing";
import { PrismaClient } from "../generated/prisma/client";

export interface MainTestDatabase {
  url: string;
  db: PrismaClient;
  drop(): Promise<void>;
}

const migrationsDir = fileURLToPath(new URL("../../prisma/migrations", import.meta.url));

/** For tests: a fresh database on the run's PostgreSQL with the portal's migrations applied, and a client on it. */
export async function createMainTestDatabase(): Promise<MainTestDatabase> {
  const database = await createTestDatabase("main");
  await deployMigrations({ databaseUrl: database.url, migrationsDir });
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
  return {
    url: database.url,
    db,
    drop: async () => {
      await db.$disconnect();
      await database.drop();
    },
  };
}
