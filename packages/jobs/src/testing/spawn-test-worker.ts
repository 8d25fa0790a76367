import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";

export interface TestWorkerProcess {
  stop(): Promise<void>;
}

const script = fileURLToPath(new URL("./run-test-worker.ts", import.meta.url));

/** Starts run-test-worker.ts in a separate Node process and resolves once it takes jobs. */
export async function spawnTestWorker(settings: {
  connectionString: string;
  name: string;
  crontab?: string;
  delayMs?: number;
}): Promise<TestWorkerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", script, JSON.stringify(settings)], {
    stdio: ["pipe", "pipe", "pipe"],
  });
  let output = "";
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = once(child, "exit");
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("ready")) resolve();
    });
    void exited.then(([code]) => reject(new Error(`test worker ${settings.name} exited (${String(code)}) before it was ready:\n${output}`)));
  });
  return {
    async stop() {
      if (child.exitCode !== null) return;
      child.stdin.end();
      await exited;
    },
  };
}
