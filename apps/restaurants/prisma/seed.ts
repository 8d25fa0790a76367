// npm run db:seed — loads the demo restaurants (run by the fleet after migrations, with this app's env)
import { runSeed } from "@stepperslife/vertical/seed";
import { PrismaClient } from "../src/generated/prisma/client";
import { DEMO_OWNER_ID } from "../src/server/seed/demo-owner";
import { seedDemoRestaurants } from "../src/server/seed/seed-demo-restaurants";

await runSeed({
  name: "restaurants",
  PrismaClient,
  seed: seedDemoRestaurants,
  // Each unclaimed demo restaurant is paid into a demo account, on the local Stripe stand-in only.
  demoBusinessIds: async (db) => (await db.restaurant.findMany({ where: { ownerId: DEMO_OWNER_ID }, select: { id: true } })).map(({ id }) => id),
});
