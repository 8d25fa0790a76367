import { statSync } from "node:fs";
import { join } from "node:path";

/**
 * Where an app's Prisma schema is, relative to `appDir`: the folder `prisma/schema/` when it has one (its own models
 * plus the shared models it links in, e.g. @stepperslife/payments' webhook log), else the single `prisma/schema.prisma`.
 */
export function appSchemaPath(appDir = "."): string {
  const folder = join(appDir, "prisma", "schema");
  try {
    if (statSync(folder).isDirectory()) return folder;
  } catch {
    // No folder: the single-file layout.
  }
  return join(appDir, "prisma", "schema.prisma");
}
