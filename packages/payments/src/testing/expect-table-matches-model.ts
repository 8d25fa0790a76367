import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkMigrations } from "@stepperslife/db-migrate";
import { postgresAdminUrl } from "@stepperslife/testing";
import { expect } from "vitest";

/**
 * For tests: the SQL a test creates a shared model's table with is exactly what the model (a file in prisma/)
 * migrates to, so tests without a Prisma schema test the table the apps really have.
 */
export async function expectTableMatchesModel({ modelFile, model, tableSql }: { modelFile: string; model: string; tableSql: string }) {
  const source = await readFile(new URL(`../../prisma/${modelFile}`, import.meta.url), "utf8");
  expect(source).toContain(`model ${model}`);
  const dir = await mkdtemp(join(tmpdir(), "payments-model-"));
  try {
    await writeFile(join(dir, "schema.prisma"), `datasource db {\n  provider = "postgresql"\n}\n\n${source}`);
    await mkdir(join(dir, "migrations", "20260101000000_model"), { recursive: true });
    await writeFile(join(dir, "migrations", "20260101000000_model", "migration.sql"), tableSql);
    const result = await checkMigrations({ adminUrl: postgresAdminUrl(), schemaPath: join(dir, "schema.prisma"), migrationsDir: join(dir, "migrations") });
    expect(result.sql).toBe("");
    expect(result.inSync).toBe(true);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
