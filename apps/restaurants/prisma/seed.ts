// npm run db:seed — loads the demo restaurants (run by the fleet after migrations, with this app's env)
import { PrismaPg } from "@prisma/adapter-pg";
import { createStorage } from "@stepperslife/storage";
import { env } from "../src/env";
import { PrismaClient } from "../src/generated/prisma/client";
import { seedDemoRestaurants } from "../src/server/seed/seed-demo-restaurants";

const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
try {
  const created = await seedDemoRestaurants({ db, storage: createStorage(env()) });
  console.log(created.length ? `restaurants: seeded ${created.join(", ")}` : "restaurants: demo data already present");
} finally {
  await db.$disconnect();
}
