import { defineAppPrismaConfig } from "./prisma-config";

/** What an app's prisma.config.ts re-exports in one line: `export { default } from "@stepperslife/db-migrate/app-prisma-config";`. */
export default defineAppPrismaConfig();
