import { execFile } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { inheritedEnv } from "../fleet-env";
import { repoRoot } from "../fleet-paths";

const execFileAsync = promisify(execFile);
const pm2Bin = createRequire(import.meta.url).resolve("pm2/bin/pm2");

/** Runs the project's own pm2 (no global install needed) and returns its output. */
export async function runPm2(args: string[], env: NodeJS.ProcessEnv = inheritedEnv()): Promise<string> {
  try {
    const { stdout } = await execFileAsync(process.execPath, [pm2Bin, ...args], {
      cwd: repoRoot,
      env,
      maxBuffer: 32 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const { stdout = "", stderr = "" } = error as { stdout?: string; stderr?: string };
    throw new Error(`pm2 ${args.join(" ")} failed:\n${stderr || stdout}`, { cause: error });
  }
}

export const pm2BinPath = pm2Bin;
