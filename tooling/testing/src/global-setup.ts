import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFreePort, startEmbeddedPostgres } from "@stepperslife/infra";
import type { TestProject } from "vitest/node";
import "./provided-context";
import { readTestEnv } from "./test-env";

/**
 * One real PostgreSQL for the whole run: the embedded one by default, so a machine without a
 * database server still runs every integration test; TEST_POSTGRES_URL points at another server.
 */
export default async function setup(project: TestProject) {
  const { TEST_POSTGRES_URL } = readTestEnv();
  if (TEST_POSTGRES_URL) {
    project.provide("postgresAdminUrl", TEST_POSTGRES_URL);
    return;
  }
  const dataDir = await mkdtemp(join(tmpdir(), "stepperslife-test-pg-"));
  const postgres = await startEmbeddedPostgres({
    dataDir,
    port: await findFreePort(),
    password: randomBytes(18).toString("base64url"),
  });
  project.provide("postgresAdminUrl", postgres.adminUrl);
  return async () => {
    await postgres.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
