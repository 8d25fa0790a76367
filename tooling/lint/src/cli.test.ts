import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { withTempRepo } from "./testing/temp-repo";

const runFile = promisify(execFile);
const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const cli = fileURLToPath(new URL("./cli.ts", import.meta.url));

/** Runs the real CLI (as `npm run lint` does) against a mini-repo. */
async function runCli(root: string): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await runFile(process.execPath, ["--import", "tsx", cli, "--root", root], { cwd: repoRoot });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

describe("cli", () => {
  it("exits 0 with a one-line summary when there are no problems", async () => {
    const result = await withTempRepo({ "packages/ui/src/index.ts": "export const a = 1;\n" }, runCli);
    expect(result).toEqual({ code: 0, stdout: "lint: 1 file checked, no problems\n" });
  });

  it("exits 1 with one line per violation", async () => {
    const result = await withTempRepo(
      { "packages/ui/src/index.ts": `"use server";\nexport const a = process.env.A;\n` },
      runCli,
    );
    expect(result.code).toBe(1);
    expect(result.stdout.split("\n")).toEqual([
      `packages/ui/src/index.ts:1  no-use-server-in-packages  file starts with "use server"; Server Actions live only in an app's actions.ts`,
      "packages/ui/src/index.ts:2  env-access  process.env outside an env module; read it through the package's env module",
      "lint: 1 file checked, 2 problems in 1 file",
      "",
    ]);
  });
});
