import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { makeTempDir } from "./test-helpers";

const PRISMA_CLI = createRequire(import.meta.url).resolve("prisma/build/index.js");
const PRISMA_CONFIG_MODULE = fileURLToPath(new URL("./prisma-config.ts", import.meta.url));

const HEADER = `generator client {
  provider = "prisma-client"
  output   = "../src/generated/prisma"
}

datasource db {
  provider = "postgresql"
}
`;

let appDir: string;
let removeAppDir: () => Promise<void>;

beforeEach(async () => {
  // Outside the repo on purpose: an app folder that only has the config and the schema.
  ({ path: appDir, remove: removeAppDir } = await makeTempDir("generate"));
  await mkdir(join(appDir, "prisma"));
  await writeFile(
    join(appDir, "prisma.config.ts"),
    `import { defineAppPrismaConfig } from ${JSON.stringify(PRISMA_CONFIG_MODULE)};\n\nexport default defineAppPrismaConfig();\n`,
  );
});

afterEach(async () => {
  await removeAppDir();
});

function runPrisma(args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    // No inherited environment: no DATABASE_URL, no PRISMA_SCHEMA_ENGINE_BINARY; the config supplies both.
    const child = spawn(process.execPath, [PRISMA_CLI, ...args], {
      cwd: appDir,
      env: { CHECKPOINT_DISABLE: "1", PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, output }));
  });
}

describe("prisma CLI offline with defineAppPrismaConfig", () => {
  it("generates the client for a schema with models, and validates it", async () => {
    await writeFile(join(appDir, "prisma", "schema.prisma"), `${HEADER}\nmodel Shop {\n  id   Int    @id\n  name String\n}\n`);

    const generate = await runPrisma(["generate"]);
    expect(generate.output).toContain("Generated Prisma Client");
    expect(generate.code).toBe(0);
    expect(existsSync(join(appDir, "src", "generated", "prisma", "client.ts"))).toBe(true);
    expect(existsSync(join(appDir, "src", "generated", "prisma", "models", "Shop.ts"))).toBe(true);

    const validate = await runPrisma(["validate"]);
    expect(validate.code).toBe(0);
  });

  it("generates the client for a schema with zero models", async () => {
    await writeFile(join(appDir, "prisma", "schema.prisma"), HEADER);

    const generate = await runPrisma(["generate"]);
    expect(generate.output).toContain("Generated Prisma Client");
    expect(generate.code).toBe(0);
    expect(existsSync(join(appDir, "src", "generated", "prisma", "client.ts"))).toBe(true);
  });
});
