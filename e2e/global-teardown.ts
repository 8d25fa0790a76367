import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fleetCommand, fleetEnv } from "./fleet-under-test";

export default function globalTeardown() {
  const { status, output } = fleetCommand("stop");
  if (status !== 0) console.error(output);
  // The test fleet's own pm2 daemon goes too; a developer's pm2 (another PM2_HOME) is untouched.
  const pm2 = createRequire(import.meta.url).resolve("pm2/bin/pm2");
  spawnSync(process.execPath, [pm2, "kill"], { env: fleetEnv, stdio: "ignore" });
}
