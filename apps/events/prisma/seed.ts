// npm run db:seed — loads the demo events (run by the fleet after migrations, with this app's env)
import { runSeed } from "@stepperslife/vertical/seed";
import { PrismaClient } from "../src/generated/prisma/client";
import { seedDemoEvents } from "../src/server/seed/seed-demo-events";

await runSeed({ name: "events", PrismaClient, seed: seedDemoEvents });
