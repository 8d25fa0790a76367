import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFreePort, startMailSink, type MailSinkHandle, type StoredMailMessage } from "@stepperslife/infra";
import { createMailer, type Mailer } from "@stepperslife/mail";
import { createTestDatabase, type TestDatabase } from "@stepperslife/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSendEmailHandler } from "./create-send-email-handler";
import { enqueueEmail } from "./enqueue-email";
import { installJobQueue } from "./install-job-queue";
import { listFailedJobs } from "./list-failed-jobs";
import { readJobStats } from "./read-job-stats";
import { startJobWorker, type JobWorker } from "./start-job-worker";
import { createPgTransactionClient, type PgTransactionClient } from "./testing/create-pg-transaction-client";
import { waitFor } from "./testing/wait-for";

let database: TestDatabase;
let db: PgTransactionClient;
let directory: string;
let smtpPort: number;
let webPort: number;
let mailer: Mailer;
let worker: JobWorker;
let sink: MailSinkHandle | undefined;
const quiet = () => {};

beforeAll(async () => {
  database = await createTestDatabase("jobs_email");
  db = createPgTransactionClient(database.url);
  await db.$executeRawUnsafe("create table orders (id int primary key, email text not null)");
  await installJobQueue(database.url, quiet);
  directory = await mkdtemp(join(tmpdir(), "jobs-mail-"));
  // The mail server's port is chosen, but nothing listens there yet: SMTP is down.
  [smtpPort, webPort] = [await findFreePort(), await findFreePort()];
  mailer = createMailer({ SMTP_URL: `smtp://127.0.0.1:${smtpPort}`, MAIL_FROM: "SteppersLife <no-reply@stepperslife.com>" });
  const tasks = [createSendEmailHandler(mailer)];
  worker = await startJobWorker({ connectionString: database.url, tasks, pollIntervalMs: 200, logger: quiet });
});

afterAll(async () => {
  await worker?.stop();
  mailer?.close();
  await sink?.stop();
  await db?.end();
  await database?.drop();
  await rm(directory, { recursive: true, force: true });
});

async function inbox(address: string): Promise<StoredMailMessage[]> {
  const response = await fetch(`${sink!.webUrl}/api/messages?to=${encodeURIComponent(address)}`);
  return (await response.json()) as StoredMailMessage[];
}

async function emailJobs() {
  return db.$queryRawUnsafe<{ attempts: number; last_error: string | null; waiting: boolean; backoff_seconds: number }>(
    `select attempts, last_error, locked_at is null as waiting, extract(epoch from run_at - created_at)::float as backoff_seconds
     from graphile_worker.jobs where task_identifier = 'send-email'`,
  );
}

describe("send-email jobs", () => {
  it("keep an order's confirmation through an SMTP outage and deliver it exactly once when the server is back", async () => {
    const message = { to: "ada@example.com", subject: "Order #1 is confirmed", text: "Pick it up at 7:30 pm." };
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("insert into orders (id, email) values (1, 'ada@example.com')");
      await enqueueEmail(tx, message, { key: "order-confirmed:1" });
    });

    // The worker tries, the connection is refused, and graphile-worker schedules the retry for later (back-off).
    const failedOnce = (jobs: Awaited<ReturnType<typeof emailJobs>>) => jobs[0]?.attempts === 1 && jobs[0].waiting && !!jobs[0].last_error;
    const [failed] = await waitFor(emailJobs, failedOnce, "a failed first attempt");
    expect(failed?.last_error).toMatch(/ECONNREFUSED/);
    // exp(1) ≈ 2.7 s after the failure, per graphile-worker's documented exp(least(10, attempt)) back-off.
    expect(failed?.backoff_seconds).toBeGreaterThan(2.7);
    expect(await readJobStats(database.url)).toMatchObject({ installed: true, queued: 1, retrying: 1, failed: 0 });

    // The webhook is redelivered during the outage: the same key queues nothing more.
    await db.$transaction((tx) => enqueueEmail(tx, message, { key: "order-confirmed:1" }));
    expect(await emailJobs()).toHaveLength(1);

    sink = await startMailSink({ smtpPort, webPort, directory });
    await waitFor(emailJobs, (jobs) => jobs.length === 0, "the email job to complete");
    const delivered = await inbox("ada@example.com");
    expect(delivered.map((mail) => mail.subject)).toEqual(["Order #1 is confirmed"]);
    expect(delivered[0]?.text).toContain("Pick it up at 7:30 pm.");
    expect(await readJobStats(database.url)).toMatchObject({ queued: 0, retrying: 0, failed: 0, oldestQueuedAt: null });
  });

  it("leave a message that keeps failing in the queue, counted and listed with its last error", async () => {
    const own = await createTestDatabase("jobs_email_failing");
    const client = createPgTransactionClient(own.url);
    // Nothing ever listens on this port: every attempt fails, like a message the server keeps rejecting.
    const brokenMailer = createMailer({ SMTP_URL: `smtp://127.0.0.1:${await findFreePort()}`, MAIL_FROM: "no-reply@stepperslife.com" });
    const brokenWorker = await startJobWorker({
      connectionString: own.url, tasks: [createSendEmailHandler(brokenMailer)], pollIntervalMs: 200, logger: quiet,
    });
    try {
      const message = { to: "grace@example.com", subject: "Your tickets", text: "x" };
      await client.$transaction((tx) => enqueueEmail(tx, message, { key: "tickets:9", maxAttempts: 2 }));
      const stats = await waitFor(() => readJobStats(own.url), (value) => value.installed && value.failed === 1, "the job to fail");
      expect(stats).toMatchObject({ queued: 0, retrying: 0, failed: 1, oldestQueuedAt: null });
      const failed = await listFailedJobs(own.url);
      expect(failed).toMatchObject([
        { task: "send-email", key: "send-email:tickets:9", attempts: 2, lastError: expect.stringMatching(/ECONNREFUSED/) },
      ]);
      // Enqueued again, it is not revived (unsafe_dedupe): it stays visible as the one failed email for an operator.
      await client.$transaction((tx) => enqueueEmail(tx, message, { key: "tickets:9" }));
      expect(await listFailedJobs(own.url)).toHaveLength(1);
      expect(await readJobStats(own.url)).toMatchObject({ queued: 0, failed: 1 });
    } finally {
      await brokenWorker.stop();
      brokenMailer.close();
      await client.end();
      await own.drop();
    }
  });
});
