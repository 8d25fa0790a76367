import { fleet } from "@stepperslife/manifest";
import type { FleetEnv } from "../fleet-env";
import { fleetPaths } from "../fleet-paths";
import { listPm2Processes, type Pm2Process } from "../pm2/list-pm2-processes";
import { fetchHealth } from "../setup/fetch-health";
import { infrastructureNames } from "../setup/start-infrastructure";
import { formatAge } from "./format-age";
import { readAppJobStats, type AppJobStats } from "./read-app-job-stats";

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function summarise(processes: Pm2Process[], name: string) {
  const own = processes.filter((p) => p.name === name);
  if (own.length === 0) return { state: "not started", memory: "", restarts: "" };
  const states = [...new Set(own.map((p) => p.pm2_env.status))].join("/");
  const memory = own.reduce((sum, p) => sum + (p.monit?.memory ?? 0), 0);
  const restarts = own.reduce((sum, p) => sum + (p.pm2_env.restart_time ?? 0), 0);
  return { state: own.length > 1 ? `${states} ×${own.length}` : states, memory: mb(memory), restarts: String(restarts) };
}

/** The jobs column group: queued, failed (out of attempts), age of the oldest queued job; "-" when unknown. */
function jobColumns(stats: AppJobStats): string[] {
  if (stats.installed === "unknown") return ["-", "-", "-"];
  if (!stats.installed) return ["none", "-", "-"];
  return [String(stats.queued), String(stats.failed), stats.oldestQueuedAt ? formatAge(stats.oldestQueuedAt) : "-"];
}

function printTable(rows: string[][]) {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd());
}

/**
 * `npm run status`: one table with every app's process state, health and job queue, then the infrastructure. Exit 1 if
 * any app is not ok (a failed job is reported, not counted: the app still serves).
 */
export async function printStatus({ env }: { env: FleetEnv }): Promise<boolean> {
  const processes = await listPm2Processes();
  const { envDir } = fleetPaths(env);
  const [reports, jobs] = await Promise.all([
    Promise.all(fleet.apps.map((app) => fetchHealth(app.port))),
    Promise.all(fleet.apps.map((app) => readAppJobStats({ envDir, app: app.name }))),
  ]);
  const rows = [
    ["app", "port", "process", "memory", "restarts", "health", "database", "storage", "version", "latency", "jobs", "failed", "oldest"],
  ];
  fleet.apps.forEach((app, index) => {
    const report = reports[index]!;
    const process = summarise(processes, app.name);
    const health = report.reachable ? `${report.status} (${report.httpStatus})` : "unreachable";
    const checks = report.reachable ? report.checks : {};
    rows.push([
      app.name, String(app.port), process.state, process.memory, process.restarts, health,
      checks.database ?? "-", checks.storage ?? "-", report.reachable ? report.version : "-",
      `${Math.round(report.latencyMs)} ms`, ...jobColumns(jobs[index]!),
    ]);
  });
  printTable(rows);
  if (env.FLEET_INFRA === "embedded") {
    console.log("");
    printTable([
      ["infrastructure", "process", "memory", "restarts"],
      ...infrastructureNames.map((name) => {
        const process = summarise(processes, name);
        return [name, process.state, process.memory, process.restarts];
      }),
    ]);
  }
  const failed = jobs.reduce((sum, stats) => sum + (stats.installed === true ? stats.failed : 0), 0);
  if (failed > 0) console.log(`\n${failed} job(s) out of attempts: \`npm run jobs\` lists them with their last error.`);
  return reports.every((report) => report.reachable && report.status === "ok");
}
