import type { Prisma, PrismaClient } from "../generated/prisma/client";

/** The database handle domain functions take in their options (the app passes db(), tests their own client). */
export type Database = PrismaClient;

/** The client inside an interactive transaction. */
export type Transaction = Prisma.TransactionClient;
