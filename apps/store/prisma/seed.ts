// npm run db:seed — loads the demo shops (run by the fleet after migrations, with this app's env)
import { runSeed } from "@stepperslife/vertical/seed";
import { PrismaClient } from "../src/generated/prisma/client";
import { DEMO_OWNER_ID } from "../src/server/seed/demo-owner";
import { seedDemoStore } from "../src/server/seed/seed-demo-store";

await runSeed({
  name: "store",
  PrismaClient,
  seed: seedDemoStore,
  // Each unclaimed demo shop is paid into a demo account, on the local Stripe stand-in only.
  demoBusinessIds: async (db) => (await db.shop.findMany({ where: { ownerId: DEMO_OWNER_ID }, select: { id: true } })).map(({ id }) => id),
});
