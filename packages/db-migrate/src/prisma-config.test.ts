import { spawnSync } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { defineAppPrismaConfig } from "./prisma-config";

const STUB = fileURLToPath(new URL("../bin/schema-engine-stub.mjs", import.meta.url));
const originalArgv = process.argv;

function configFor(...args: string[]) {
  process.argv = [process.execPath, "/node_modules/prisma/build/index.js", ...args];
  return defineAppPrismaConfig();
}

afterEach(() => {
  process.argv = originalArgv;
  vi.unstubAllEnvs();
});

describe("defineAppPrismaConfig", () => {
  it("points the app at prisma/schema.prisma and prisma/migrations, with a harmless default URL", () => {
    vi.stubEnv("DATABASE_URL", undefined);
    vi.stubEnv("PRISMA_SCHEMA_ENGINE_BINARY", undefined);
    const config = configFor("generate");
    expect(config.schema).toBe("prisma/schema.prisma");
    expect(config.migrations?.path).toBe("prisma/migrations");
    expect(config.datasource?.url).toBe("postgresql://localhost:5432/unused");
  });

  it("uses DATABASE_URL when it is set", () => {
    vi.stubEnv("DATABASE_URL", "postgresql://app@db.internal:5432/app");
    expect(configFor("studio").datasource?.url).toBe("postgresql://app@db.internal:5432/app");
  });

  it.each(["generate", "validate", "format"])("stubs the schema engine for prisma %s", (command) => {
    vi.stubEnv("PRISMA_SCHEMA_ENGINE_BINARY", undefined);
    configFor(command, "--schema", "prisma/schema.prisma");
    expect(process.env.PRISMA_SCHEMA_ENGINE_BINARY).toBe(STUB);
  });

  it.each([["migrate", "deploy"], ["db", "push"], ["migrate", "dev", "--name", "format"], ["studio"]])(
    "leaves the schema engine alone for prisma %s",
    (...args) => {
      vi.stubEnv("PRISMA_SCHEMA_ENGINE_BINARY", undefined);
      configFor(...args);
      expect(process.env.PRISMA_SCHEMA_ENGINE_BINARY).toBeUndefined();
    },
  );

  it("keeps a PRISMA_SCHEMA_ENGINE_BINARY that is already set", () => {
    vi.stubEnv("PRISMA_SCHEMA_ENGINE_BINARY", "/opt/prisma/schema-engine");
    configFor("generate");
    expect(process.env.PRISMA_SCHEMA_ENGINE_BINARY).toBe("/opt/prisma/schema-engine");
  });
});

describe("schema engine stub", () => {
  it("is executable, explains the db:* scripts and exits 1", () => {
    accessSync(STUB, constants.X_OK);
    const run = spawnSync(STUB, ["--version"], { encoding: "utf8" });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("This project applies migrations with its db:* scripts (db-migrate); see README.");
  });
});
