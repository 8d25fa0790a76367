import { execInApp } from "./commands/exec-in-app";
import { printJobs } from "./commands/print-jobs";
import { printStatus } from "./commands/print-status";
import { prepareApp } from "./commands/prepare-app";
import { runApp } from "./commands/run-app";
import { runBench } from "./commands/run-bench";
import { startFleet } from "./commands/start-fleet";
import { stopFleet } from "./commands/stop-fleet";
import { runTests } from "./commands/run-tests";
import { InvalidFleetEnvError, readFleetEnv } from "./fleet-env";
import { repoRoot } from "./fleet-paths";
import { newVertical } from "./new-vertical/new-vertical";
import { runCommand } from "./setup/run-command";

const usage = `Usage: fleet <command>
  start    build, start infrastructure (embedded mode), migrate, seed, start every app of the manifest, wait for health
  stop     stop the apps, then the infrastructure; data is kept
  status   one table: every app's process, health, database and storage checks, job queue
  jobs     every app's job queue, and each failed job with its last error (exit 1 if any)
  bench    memory per app and start-to-healthy time, beside a bare Next.js app
  test     the whole test suite (what \`npm test\` runs)
  prepare <app>  what the app's build, typecheck and dev need first: a vertical's entry files, its Prisma client
  dev <app>  one app in next dev, with the env npm start generated, the rest staying under pm2
  serve <app>  one app from its build on its manifest port (an app's \`npm run start\`), the rest under pm2
  exec <app> <command…>  a command in the app's folder with the env npm start generated (an app's scripts use it)
  new-vertical <name>  a new vertical on the kernel, with its manifest entry (\`npm run new:vertical -- --help\`)`;

async function main(command: string | undefined, args: string[]): Promise<number> {
  const env = readFleetEnv();
  const log = (line: string) => console.log(line);
  switch (command) {
    case "start":
      await startFleet({ env, log });
      return 0;
    case "stop":
      await stopFleet({ env, log });
      return 0;
    case "status":
      return (await printStatus({ env })) ? 0 : 1;
    case "jobs":
      return (await printJobs({ env, log })) ? 0 : 1;
    case "bench":
      await runBench({ env, log });
      return 0;
    case "prepare":
      await prepareApp({ env, args, log });
      return 0;
    case "dev":
      await prepareApp({ env, args, log });
      await runApp({ env, args, mode: "dev", log });
      return 0;
    case "serve":
      await runApp({ env, args, mode: "production", log });
      return 0;
    case "exec":
      return execInApp({ env, args });
    case "test":
      return runTests({ args, log });
    case "new-vertical":
      // npm install links the new workspace and records it in package-lock.json (npm ci refuses a lockfile without it).
      return newVertical({ args, root: repoRoot, log, install: (root) => runCommand("npm", ["install", "--no-audit", "--no-fund"], { cwd: root }) });
    default:
      console.error(usage);
      return 2;
  }
}

main(process.argv[2], process.argv.slice(3)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof InvalidFleetEnvError) console.error(error.message);
    else console.error(error instanceof Error ? `\n${error.message}` : error);
    process.exit(1);
  },
);
