import { rmSync } from "node:fs";
import { dataFolder, fleetCommand } from "./fleet-under-test";

/** A fleet from nothing: fresh data folder, then exactly what `npm start` does. */
export default function globalSetup() {
  fleetCommand("stop");
  rmSync(dataFolder, { recursive: true, force: true });
  const { status, output } = fleetCommand("start");
  if (status !== 0) throw new Error(`npm start failed for the browser tests:\n${output}`);
}
