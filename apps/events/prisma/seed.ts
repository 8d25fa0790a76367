// npm run db:seed — loads the demo events (run by the fleet after migrations, with this app's env)
import { runSeed } from "@stepperslife/vertical/seed";
import { PrismaClient } from "../src/generated/prisma/client";
import { DEMO_ORGANIZER_ID } from "../src/server/seed/demo-organizer";
import { seedDemoEvents } from "../src/server/seed/seed-demo-events";

await runSeed({
  name: "events",
  PrismaClient,
  seed: seedDemoEvents,
  // The demo organizer is paid into a demo account, on the local Stripe stand-in only, while it has events.
  demoBusinessIds: async (db) => ((await db.event.count({ where: { organizerId: DEMO_ORGANIZER_ID } })) > 0 ? [DEMO_ORGANIZER_ID] : []),
});
