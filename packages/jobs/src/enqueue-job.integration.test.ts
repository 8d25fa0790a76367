import { createTestDatabase, type TestDatabase } from "@stepperslife/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob } from "./define-job";
import { enqueueEmail } from "./enqueue-email";
import { enqueueJob } from "./enqueue-job";
import { installJobQueue } from "./install-job-queue";
import { readJobStats } from "./read-job-stats";
import { createPgTransactionClient, type PgTransactionClient } from "./testing/create-pg-transaction-client";

let database: TestDatabase;
let db: PgTransactionClient;

const orderPlaced = defineJob({ name: "order-placed", payload: z.object({ orderId: z.number().int() }) });
const quiet = () => {};

beforeAll(async () => {
  database = await createTestDatabase("jobs_enqueue");
  db = createPgTransactionClient(database.url);
  await db.$executeRawUnsafe("create table orders (id int primary key, email text not null)");
});

afterAll(async () => {
  await db.end();
  await database.drop();
});

// graphile-worker's public `jobs` view leaves the payload out; the test reads it from the table behind the view.
async function jobs() {
  return db.$queryRawUnsafe<{ task_identifier: string; payload: unknown; key: string | null }>(
    `select tasks.identifier as task_identifier, jobs.payload, jobs.key from graphile_worker._private_jobs jobs
     join graphile_worker._private_tasks tasks on tasks.id = jobs.task_id order by jobs.id`,
  );
}

async function orders() {
  return (await db.$queryRawUnsafe<{ id: number }>("select id from orders order by id")).map((row) => row.id);
}

describe("enqueueJob in the caller's transaction", () => {
  it("installs graphile-worker's schema in the app's database, idempotently", async () => {
    expect(await readJobStats(database.url)).toEqual({ installed: false });
    await installJobQueue(database.url, quiet);
    await Promise.all([installJobQueue(database.url, quiet), installJobQueue(database.url, quiet)]);
    expect(await readJobStats(database.url)).toEqual({ installed: true, queued: 0, retrying: 0, failed: 0, oldestQueuedAt: null });
  });

  it("commits the order and its job together", async () => {
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("insert into orders (id, email) values (1, 'ada@example.com')");
      await enqueueJob(tx, orderPlaced, { orderId: 1 });
    });
    expect(await orders()).toEqual([1]);
    expect(await jobs()).toEqual([{ task_identifier: "order-placed", payload: { orderId: 1 }, key: null }]);
  });

  it("leaves neither the order nor its job when the transaction rolls back after the enqueue", async () => {
    const failure = new Error("card declined after the insert");
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("insert into orders (id, email) values (2, 'grace@example.com')");
        await enqueueEmail(tx, { to: "grace@example.com", subject: "Order #2", text: "Thanks" }, { key: "order-confirmed:2" });
        throw failure;
      }),
    ).rejects.toBe(failure);
    expect(await orders()).toEqual([1]);
    expect((await jobs()).map((job) => job.key)).toEqual([null]);
  });

  it("keeps one email job however often the same key is enqueued, in one transaction or several", async () => {
    const message = { to: "ada@example.com", subject: "Order #3 is confirmed", text: "Pick it up at 7:30." };
    await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("insert into orders (id, email) values (3, 'ada@example.com')");
      await enqueueEmail(tx, message, { key: "order-confirmed:3" });
      await enqueueEmail(tx, message, { key: "order-confirmed:3" });
    });
    // A redelivered webhook, a retried request: later transactions with the same key add nothing.
    await db.$transaction((tx) => enqueueEmail(tx, { ...message, subject: "Order #3 again" }, { key: "order-confirmed:3" }));
    const emails = (await jobs()).filter((job) => job.task_identifier === "send-email");
    expect(emails).toEqual([{ task_identifier: "send-email", payload: message, key: "send-email:order-confirmed:3" }]);
  });

  it("aborts the whole transaction when a payload is refused, so the order is not written without its email", async () => {
    await expect(
      db.$transaction(async (tx) => {
        await tx.$executeRawUnsafe("insert into orders (id, email) values (4, '')");
        await enqueueEmail(tx, { to: "", subject: "Order #4", text: "x" }, { key: "order-confirmed:4" });
      }),
    ).rejects.toThrow(/Job "send-email" refused an invalid payload/);
    expect(await orders()).toEqual([1, 3]);
    expect(await jobs()).toHaveLength(2);
  });
});
