// npm run db:seed — loads the demo restaurants (run by the fleet after migrations, with this app's env)
import { runSeed } from "@stepperslife/vertical/seed";
import { PrismaClient } from "../src/generated/prisma/client";
import { seedDemoRestaurants } from "../src/server/seed/seed-demo-restaurants";

await runSeed({ name: "restaurants", PrismaClient, seed: seedDemoRestaurants });
