// npm run db:seed — loads the demo events (run by the fleet after migrations, with this app's env)
import { PrismaPg } from "@prisma/adapter-pg";
import { createStorage } from "@stepperslife/storage";
import { env } from "../src/env";
import { PrismaClient } from "../src/generated/prisma/client";
import { seedDemoEvents } from "../src/server/seed/seed-demo-events";

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
try {
  const created = await seedDemoEvents({ db, storage: createStorage(env()) });
  console.log(created.length ? `events: seeded ${created.join(", ")}` : "events: demo data already present");
} finally {
  await db.$disconnect();
}
