import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env";
import { PrismaClient } from "../generated/prisma/client";

// On globalThis so dev hot reloads reuse the one pool instead of opening another per edit.
const processWide = globalThis as typeof globalThis & { prisma?: PrismaClient };

/** This app's database client, created on first use (never during `next build`). */
export function db(): PrismaClient {
  // `max` is this worker's share of the server's connections: `npm start` checks workers × pool sizes fit.
  processWide.prisma ??= new PrismaClient({
    adapter: new PrismaPg({ connectionString: env().DATABASE_URL, max: env().DATABASE_POOL_SIZE }),
  });
  return processWide.prisma;
}
