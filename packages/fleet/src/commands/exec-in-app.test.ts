import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readFleetEnv } from "../fleet-env";
import { execInApp } from "./exec-in-app";

let envDir: string;
const generatedUrl = "postgres://main:secret@127.0.0.1:5439/stepperslife_main";
// Exits 7 only with the generated URL and in the app's folder: the exit code carries what the test asserts.
const checkEnv = [process.execPath, "-e", `process.exit(process.env.DATABASE_URL === "${generatedUrl}" && process.cwd().endsWith("apps/main") ? 7 : 1)`];

beforeAll(async () => {
  envDir = await mkdtemp(join(tmpdir(), "fleet-exec-"));
  await writeFile(join(envDir, "main.env"), `DATABASE_URL=${generatedUrl}\n`);
});

afterAll(() => rm(envDir, { recursive: true, force: true }));

describe("fleet exec", () => {
  it("runs the command in the app's folder with the env npm start generated, answering its exit code", async () => {
    const env = readFleetEnv({ FLEET_ENV_DIR: envDir });
    const saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
    try {
      expect(await execInApp({ env, args: ["main", ...checkEnv] })).toBe(7);
    } finally {
      if (saved !== undefined) process.env.DATABASE_URL = saved;
    }
  });

  it("lets a variable set by the caller win, and refuses an unknown app or a missing command", async () => {
    const env = readFleetEnv({ FLEET_ENV_DIR: envDir });
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = "postgres://elsewhere";
    try {
      const code = await execInApp({ env, args: ["main", process.execPath, "-e", "process.exit(process.env.DATABASE_URL === 'postgres://elsewhere' ? 0 : 3)"] });
      expect(code).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
    }
    await expect(execInApp({ env, args: ["nope", "true"] })).rejects.toThrow(/Unknown app "nope"/);
    await expect(execInApp({ env, args: ["main"] })).rejects.toThrow(/Usage: fleet exec main <command>/);
  });
});
