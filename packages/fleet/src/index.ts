export { startFleet } from "./commands/start-fleet";
export { stopFleet } from "./commands/stop-fleet";
export { readFleetEnv, type FleetEnv } from "./fleet-env";
export { fleetPaths, repoRoot } from "./fleet-paths";
export { provisionDatabases } from "./provision/provision-databases";
export { fetchHealth } from "./setup/fetch-health";
