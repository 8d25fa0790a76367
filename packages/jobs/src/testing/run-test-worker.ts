// A job worker in its own process, as each pm2 cluster worker of an app runs one: started by spawnTestWorker with its
// settings as JSON in argv[2]; prints "ready" once it takes jobs, stops cleanly when its stdin closes.
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";
import { z } from "zod";
import { defineJobHandler } from "../define-job-handler";
import { startJobWorker } from "../start-job-worker";
import { testCronJob, testRunJob } from "./test-jobs";

const settings = z
  .object({ connectionString: z.string(), name: z.string(), crontab: z.string().optional(), delayMs: z.number().default(0) })
  .parse(JSON.parse(process.argv[2] ?? "{}"));

const pool = new pg.Pool({ connectionString: settings.connectionString, max: 2 });
pool.on("error", () => {});
const record = (task: string, ref: string) =>
  pool.query("insert into test_runs (task, ref, worker) values ($1, $2, $3)", [task, ref, settings.name]);

const worker = await startJobWorker({
  connectionString: settings.connectionString,
  tasks: [
    defineJobHandler(testRunJob, async ({ index }) => {
      await sleep(settings.delayMs);
      await record(testRunJob.name, String(index));
    }),
    defineJobHandler(testCronJob, async (payload) => {
      await record(testCronJob.name, `${payload._cron.ts}${payload._cron.backfilled ? " backfilled" : ""}`);
    }),
  ],
  ...(settings.crontab ? { crontab: settings.crontab } : {}),
  pollIntervalMs: 200,
  logger: (level, message) => {
    if (level === "error" || level === "warning") console.error(`${settings.name}: ${message}`);
  },
});
console.log("ready");

process.stdin.resume();
process.stdin.on("end", () => {
  void worker
    .stop()
    .then(() => pool.end())
    .then(() => process.exit(0));
});
