import { spawn } from "node:child_process";
import { inheritedEnv } from "../fleet-env";
import { repoRoot } from "../fleet-paths";

/** Runs a command with inherited output; rejects with its exit code. */
export function runCommand(command: string, args: string[], { cwd = repoRoot, env = inheritedEnv() } = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: "inherit" });
    child.once("error", reject);
    child.once("exit", (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(" ")} exited with ${signal ?? code}`));
    });
  });
}
