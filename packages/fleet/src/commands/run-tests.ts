import { existsSync } from "node:fs";
import { mkdir, readFile } from "node:fs/promises";
import { join } from "node:path";
import { z } from "zod";
import { inheritedEnv } from "../fleet-env";
import { repoRoot } from "../fleet-paths";
import { runCommand } from "../setup/run-command";

const resultsDir = join(repoRoot, "test-results");

const vitestReportSchema = z.object({ numPassedTests: z.number(), numFailedTests: z.number(), numPendingTests: z.number() });

interface Step {
  title: string;
  run(): Promise<void>;
}

/** Chromium from Debian for the browser tests; never Playwright's own download (there is no internet here). */
async function ensureChromium() {
  if (existsSync("/usr/bin/chromium")) return;
  await runCommand("apt-get", ["update", "-qq"]);
  await runCommand("apt-get", ["install", "-y", "-qq", "--no-install-recommends", "chromium"], {
    env: { ...inheritedEnv(), DEBIAN_FRONTEND: "noninteractive" },
  });
}

function steps(vitestArgs: string[]): Step[] {
  const hasEndToEnd = existsSync(join(repoRoot, "e2e", "playwright.config.ts"));
  return [
    { title: "lint (layering, env access, file size)", run: () => runCommand("npm", ["run", "lint", "--silent"]) },
    { title: "typecheck every workspace", run: () => runCommand("npx", ["turbo", "run", "typecheck", "--output-logs=errors-only"]) },
    {
      title: "unit and integration tests (real PostgreSQL, real S3 servers)",
      run: () =>
        runCommand("npx", ["vitest", "run", "--reporter=default", "--reporter=json", `--outputFile.json=${join(resultsDir, "vitest.json")}`, ...vitestArgs]),
    },
    { title: "build every app", run: () => runCommand("npx", ["turbo", "run", "build", "--output-logs=errors-only"]) },
    ...(hasEndToEnd
      ? [
          { title: "install Chromium (Debian) if missing", run: ensureChromium },
          { title: "end-to-end in Chromium against the running fleet", run: () => runCommand("npx", ["playwright", "test", "--config", "e2e/playwright.config.ts"]) },
        ]
      : []),
  ];
}

async function vitestTotals() {
  try {
    return vitestReportSchema.parse(JSON.parse(await readFile(join(resultsDir, "vitest.json"), "utf8")));
  } catch {
    return null;
  }
}

/** `npm test`: every check the project has, in order, stopping at the first failure. */
export async function runTests({ args, log }: { args: string[]; log: (line: string) => void }): Promise<number> {
  await mkdir(resultsDir, { recursive: true });
  const started = performance.now();
  for (const step of steps(args)) {
    const stepStarted = performance.now();
    log(`\n━━ ${step.title}`);
    try {
      await step.run();
    } catch (error) {
      log(`\n✗ ${step.title} failed: ${error instanceof Error ? error.message : String(error)}`);
      const totals = await vitestTotals();
      if (totals) log(`tests: ${totals.numPassedTests} passed, ${totals.numFailedTests} failed`);
      return 1;
    }
    log(`✓ ${step.title} (${((performance.now() - stepStarted) / 1000).toFixed(0)} s)`);
  }
  log(`\nAll checks passed in ${((performance.now() - started) / 60000).toFixed(1)} min.`);
  const totals = await vitestTotals();
  if (totals) log(`tests: ${totals.numPassedTests} passed, ${totals.numFailedTests} failed`);
  return 0;
}
