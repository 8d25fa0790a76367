import { setTimeout as sleep } from "node:timers/promises";
import type { AppDefinition } from "@stepperslife/manifest";
import { fetchHealth, type HealthReport } from "./fetch-health";

/** Polls every app's /api/health until all answer 200 "ok"; throws naming the apps that never did. */
export async function waitForHealthyApps({ apps, timeoutMs }: { apps: AppDefinition[]; timeoutMs: number }) {
  const deadline = Date.now() + timeoutMs;
  const last = new Map<string, HealthReport>();
  let pending = apps;
  while (pending.length > 0 && Date.now() < deadline) {
    const reports = await Promise.all(pending.map(async (app) => [app, await fetchHealth(app.port)] as const));
    for (const [app, report] of reports) last.set(app.name, report);
    pending = reports.filter(([, report]) => !(report.reachable && report.status === "ok")).map(([app]) => app);
    if (pending.length > 0) await sleep(500);
  }
  if (pending.length > 0) {
    const details = pending.map((app) => {
      const report = last.get(app.name);
      const why = !report ? "no answer" : report.reachable ? `${report.status} ${JSON.stringify(report.checks)}` : report.error;
      return `  ${app.name} (port ${app.port}): ${why}`;
    });
    throw new Error(`Apps not healthy after ${Math.round(timeoutMs / 1000)} s:\n${details.join("\n")}\nSee \`npx pm2 logs <app>\`.`);
  }
}
