export { createHealthRoute, type HealthBody, type HealthRouteOptions } from "./create-health-route";
export type { CheckResult } from "./run-check";
export { checkDatabase, type QueryableDatabase } from "./check-database";
