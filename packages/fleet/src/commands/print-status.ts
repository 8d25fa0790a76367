import { fleet } from "@stepperslife/manifest";
import type { FleetEnv } from "../fleet-env";
import { listPm2Processes, type Pm2Process } from "../pm2/list-pm2-processes";
import { fetchHealth } from "../setup/fetch-health";
import { infrastructureNames } from "../setup/start-infrastructure";

const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

function summarise(processes: Pm2Process[], name: string) {
  const own = processes.filter((p) => p.name === name);
  if (own.length === 0) return { state: "not started", memory: "", restarts: "" };
  const states = [...new Set(own.map((p) => p.pm2_env.status))].join("/");
  const memory = own.reduce((sum, p) => sum + (p.monit?.memory ?? 0), 0);
  const restarts = own.reduce((sum, p) => sum + (p.pm2_env.restart_time ?? 0), 0);
  return { state: own.length > 1 ? `${states} ×${own.length}` : states, memory: mb(memory), restarts: String(restarts) };
}

function printTable(rows: string[][]) {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const row of rows) console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ").trimEnd());
}

/** `npm run status`: one table with every app's process state and health, then the infrastructure. Exit 1 if any app is not ok. */
export async function printStatus({ env }: { env: FleetEnv }): Promise<boolean> {
  const processes = await listPm2Processes();
  const reports = await Promise.all(fleet.apps.map((app) => fetchHealth(app.port)));
  const rows = [["app", "port", "process", "memory", "restarts", "health", "database", "storage", "version", "latency"]];
  fleet.apps.forEach((app, index) => {
    const report = reports[index]!;
    const process = summarise(processes, app.name);
    const health = report.reachable ? `${report.status} (${report.httpStatus})` : "unreachable";
    const checks = report.reachable ? report.checks : {};
    rows.push([
      app.name, String(app.port), process.state, process.memory, process.restarts, health,
      checks.database ?? "-", checks.storage ?? "-", report.reachable ? report.version : "-",
      `${Math.round(report.latencyMs)} ms`,
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
  return reports.every((report) => report.reachable && report.status === "ok");
}
