import { createStorage, type Storage } from "@stepperslife/storage";
import { createDatabase, type PrismaClientClass } from "../create-database";
import { readVerticalEnv } from "../read-vertical-env";
import { connectDemoBusinesses } from "./connect-demo-businesses";

type SeedClient = { $disconnect(): Promise<void>; $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<T> };

export interface RunSeedOptions<Class extends PrismaClientClass<SeedClient>> {
  /** The app's name, for the log line. */
  name: string;
  PrismaClient: Class;
  /** The app's seed function (shared with its tests): what it created, empty when the demo data was already there. */
  seed: (input: { db: InstanceType<Class>; storage: Storage }) => Promise<string[]>;
  /** The demo businesses still unclaimed, which get finished payout accounts on the local Stripe stand-in. */
  demoBusinessIds?: (db: InstanceType<Class>) => Promise<string[]>;
}

/**
 * An app's `npm run db:seed` (prisma/seed.ts, run by the fleet after migrations with the app's env). Outside Next,
 * so it builds its own short-lived client rather than the app's server-only kernel, and always disconnects.
 */
export async function runSeed<Class extends PrismaClientClass<SeedClient>>(options: RunSeedOptions<Class>): Promise<void> {
  const { name, PrismaClient, seed, demoBusinessIds } = options;
  const env = readVerticalEnv();
  const db = createDatabase({ PrismaClient, url: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE });
  try {
    const created = await seed({ db, storage: createStorage(env) });
    if (demoBusinessIds) created.push(...(await connectDemoBusinesses({ db, env, businessIds: await demoBusinessIds(db) })));
    console.log(created.length ? `${name}: seeded ${created.join(", ")}` : `${name}: demo data already present`);
  } finally {
    await db.$disconnect();
  }
}
export { connectDemoBusinesses } from "./connect-demo-businesses";
