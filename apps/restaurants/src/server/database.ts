import type { PrismaClient } from "../generated/prisma/client";

/** The database handle domain functions take in their options (the app passes db(), tests their own client). */
export type Database = PrismaClient;
