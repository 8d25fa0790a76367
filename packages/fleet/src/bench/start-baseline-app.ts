import { join } from "node:path";
import { findFreePort } from "@stepperslife/infra";
import { fleet } from "@stepperslife/manifest";
import { repoRoot } from "../fleet-paths";
import { runPm2 } from "../pm2/run-pm2";
import { waitForHealthyApps } from "../setup/wait-for-healthy-apps";

export const baselineName = "bench-baseline";

export interface BaselineApp {
  port: number;
  /** pm2 start → healthy. */
  startSeconds: number;
  stop(): Promise<void>;
}

/**
 * The yardstick: a bare Next.js app (tooling/bench-baseline) started under pm2 the way the fleet's apps are,
 * so every ratio `npm run bench` prints compares like with like on this machine, in this run.
 */
export async function startBaselineApp(timeoutMs: number): Promise<BaselineApp> {
  const port = await findFreePort();
  const nextBin = join(repoRoot, "node_modules/next/dist/bin/next");
  const started = performance.now();
  await runPm2(["start", nextBin, "--name", baselineName, "--cwd", join(repoRoot, "tooling/bench-baseline"), "--", "start", "--port", String(port)]);
  const stop = () => runPm2(["delete", baselineName]).then(() => undefined);
  try {
    await waitForHealthyApps({ apps: [{ ...fleet.apps[0]!, name: baselineName, port }], timeoutMs });
  } catch (error) {
    await stop();
    throw error;
  }
  return { port, startSeconds: (performance.now() - started) / 1000, stop };
}
