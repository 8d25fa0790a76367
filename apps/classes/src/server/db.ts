import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { env } from "../env";
import { PrismaClient } from "../generated/prisma/client";

// On globalThis so dev hot reloads reuse the one pool instead of opening another per edit.
const processWide = globalThis as typeof globalThis & { prisma?: PrismaClient };

/** This app's database client, created on first use (never during `next build`). */
export function db(): PrismaClient {
  processWide.prisma ??= new PrismaClient({ adapter: new PrismaPg({ connectionString: env().DATABASE_URL }) });
  return processWide.prisma;
}
