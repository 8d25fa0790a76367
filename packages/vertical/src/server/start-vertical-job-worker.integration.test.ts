import { runShutdownHooks } from "@stepperslife/app-server/shutdown";
import { defineJob, defineJobHandler, enqueueEmail, enqueueJob, readJobStats } from "@stepperslife/jobs";
import { createMailer } from "@stepperslife/mail";
import { createTestDatabase, type TestDatabase } from "@stepperslife/testing";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { startVerticalJobWorker } from "./start-vertical-job-worker";

let database: TestDatabase;
let client: pg.Client;
// Without SMTP_URL the mailer logs and reports "not sent": the email job completes, which is all this test needs.
const mailer = createMailer({ MAIL_FROM: "no-reply@stepperslife.com" });
const hangJob = defineJob({ name: "hang", payload: z.object({}) });
const sql = () => ({ $executeRawUnsafe: (query: string, ...values: unknown[]) => client.query(query, values) });

beforeAll(async () => {
  database = await createTestDatabase("vertical_jobs");
  client = new pg.Client({ connectionString: database.url });
  await client.connect();
});
afterAll(async () => {
  await client?.end();
  await database?.drop();
});

describe("startVerticalJobWorker", () => {
  it("starts one worker per app and process, sends queued emails, and stops with the app server within its deadline", async () => {
    vi.spyOn(console, "info").mockImplementation(() => {});
    const options = { app: "store", connectionString: database.url, mailer, tasks: [defineJobHandler(hangJob, () => new Promise<void>(() => {}))] };
    const first = startVerticalJobWorker(options);
    expect(startVerticalJobWorker(options)).toBe(first);
    await first;

    await enqueueEmail(sql(), { to: "ada@example.com", subject: "Order confirmed", text: "x" }, { key: "order-confirmed:1" });
    await vi.waitFor(async () => expect(await readJobStats(database.url)).toMatchObject({ queued: 0 }), { timeout: 10_000 });

    // A job that never ends must not hold up pm2's reload: the app server's shutdown hooks stop the worker in time.
    await enqueueJob(sql(), hangJob, {});
    await vi.waitFor(async () => {
      const { rows } = await client.query("select 1 from graphile_worker.jobs where task_identifier = 'hang' and locked_at is not null");
      expect(rows).toHaveLength(1);
    }, { timeout: 10_000 });
    const stoppedAt = Date.now();
    expect(await runShutdownHooks({ timeoutMs: 2_000 })).toBe("done");
    expect(Date.now() - stoppedAt).toBeLessThan(1_500);
    const { rows } = await client.query("select attempts, locked_at from graphile_worker.jobs where task_identifier = 'hang'");
    expect(rows).toMatchObject([{ attempts: 1, locked_at: null }]);

    // Stopped, it is forgotten: the next call starts a fresh worker (and stopping that one directly removes its hook).
    const second = startVerticalJobWorker({ ...options, tasks: [] });
    expect(second).not.toBe(first);
    await (await second).stop();
    expect(await runShutdownHooks()).toBe("done");
  });
});
