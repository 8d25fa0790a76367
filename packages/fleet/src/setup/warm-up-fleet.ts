import type { AppDefinition } from "@stepperslife/manifest";
import { warmUpRoutes, type WarmUpAnswer, type WarmUpTarget } from "./warm-up-routes";

/**
 * What a first visitor's pages load from a vertical: its home page and the portal's feed and search contract routes
 * (the paths of @stepperslife/contracts' aggregationPaths; the fleet CLI does not depend on that package).
 */
const verticalPaths = ["/", "/api/feed", "/api/search?q=step&limit=5"];
/** The portal's home page: it fans out to every vertical's feed. */
const portalPaths = ["/"];

/**
 * After every app answers /api/health: warms the verticals' public routes, then (their feeds warm, so its fan-out
 * gets live answers) the portal's home page. A slow or failing route is logged as a warning and does not stop the
 * fleet; nothing waits longer than `timeoutMs` per stage. Answers every response, for the caller's summary.
 */
export async function warmUpFleet({
  apps,
  workersOf = () => 1,
  timeoutMs,
  log,
  host,
}: {
  apps: AppDefinition[];
  workersOf?: (app: string) => number;
  timeoutMs: number;
  log: (line: string) => void;
  host?: string;
}): Promise<WarmUpAnswer[]> {
  const target = (app: AppDefinition, paths: string[]): WarmUpTarget => ({ app: app.name, port: app.port, paths, workers: workersOf(app.name) });
  const stages = [apps.filter((app) => app.portal !== null).map((app) => target(app, verticalPaths)), apps.filter((app) => app.portal === null).map((app) => target(app, portalPaths))];
  const answers: WarmUpAnswer[] = [];
  for (const targets of stages.filter((stage) => stage.length > 0)) answers.push(...(await warmUpRoutes({ targets, timeoutMs, ...(host ? { host } : {}) })));
  for (const answer of answers.filter((each) => each.problem)) {
    log(`  warning: ${answer.app} ${answer.path} ${answer.problem}; its first visitor may wait or see it as not answering`);
  }
  return answers;
}
