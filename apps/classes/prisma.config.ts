import { defineAppPrismaConfig } from "@stepperslife/db-migrate/prisma-config";

export default defineAppPrismaConfig();
