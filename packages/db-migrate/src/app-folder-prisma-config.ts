import { defineAppPrismaConfig } from "./prisma-config";

/**
 * The config `db-migrate generate` hands Prisma with `--config`, so an app folder needs no prisma.config.ts: the
 * schema and migrations of the folder Prisma runs in (absolute, because Prisma resolves relative paths from here).
 */
export default defineAppPrismaConfig({ appDir: process.cwd() });
