import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeTempDir } from "./test-helpers";

const BIN = fileURLToPath(new URL("../bin/db-migrate.mjs", import.meta.url));

const HEADER = (output: string) => `generator client {
  provider = "prisma-client"
  output   = "${output}"
}

datasource db {
  provider = "postgresql"
}
`;

let appDir: string;
let removeAppDir: () => Promise<void>;

beforeEach(async () => {
  // Outside the repo, with no prisma.config.ts: only the schema, as a vertical's folder has it.
  ({ path: appDir, remove: removeAppDir } = await makeTempDir("generate-cli"));
});

afterEach(() => removeAppDir());

/** The real bin in the app folder with no inherited environment (no DATABASE_URL, no PRISMA_SCHEMA_ENGINE_BINARY). */
function generate(): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, "generate"], { cwd: appDir, env: { CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" } });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("db-migrate generate", () => {
  it("generates the client of ./prisma/schema.prisma offline, without a prisma.config.ts in the app", async () => {
    await mkdir(join(appDir, "prisma"));
    await writeFile(join(appDir, "prisma", "schema.prisma"), `${HEADER("../src/generated/prisma")}\nmodel Shop {\n  id Int @id\n}\n`);
    const run = await generate();
    expect(run.output).toContain("Generated Prisma Client");
    expect(run.code).toBe(0);
    expect(existsSync(join(appDir, "src", "generated", "prisma", "models", "Shop.ts"))).toBe(true);
  });

  it("generates from the ./prisma/schema/ folder, every model file of it", async () => {
    await mkdir(join(appDir, "prisma", "schema"), { recursive: true });
    await writeFile(join(appDir, "prisma", "schema", "schema.prisma"), `${HEADER("../../src/generated/prisma")}\nmodel Shop {\n  id Int @id\n}\n`);
    await writeFile(join(appDir, "prisma", "schema", "log.prisma"), "model Log {\n  id Int @id\n}\n");
    const run = await generate();
    expect(run.code).toBe(0);
    expect(existsSync(join(appDir, "src", "generated", "prisma", "models", "Shop.ts"))).toBe(true);
    expect(existsSync(join(appDir, "src", "generated", "prisma", "models", "Log.ts"))).toBe(true);
  });

  it("fails with Prisma's message when the app has no schema", async () => {
    const run = await generate();
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/schema/i);
  });
});
