import { describe, expect, it } from "vitest";
import { z } from "zod";
import { defineJob } from "./define-job";
import { enqueueEmail } from "./enqueue-email";
import { enqueueJob, type JobTransaction } from "./enqueue-job";

/** Records what would have been sent to the database. */
function recordingTransaction(): JobTransaction & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return { calls, $executeRawUnsafe: async (...args: unknown[]) => (calls.push(args), 1) };
}

const orderPlaced = defineJob({ name: "order-placed", payload: z.object({ orderId: z.string().min(1), total: z.number().int() }) });

describe("enqueueJob", () => {
  it("adds the job through graphile-worker's add_job with the checked payload and options", async () => {
    const tx = recordingTransaction();
    const runAt = new Date("2030-01-02T03:04:05.000Z");
    await enqueueJob(tx, orderPlaced, { orderId: "o1", total: 1250, extra: "dropped" } as never, { key: "order:o1", runAt, maxAttempts: 5 });
    expect(tx.calls).toHaveLength(1);
    const [sql, ...values] = tx.calls[0]!;
    expect(sql).toContain("graphile_worker.add_job(");
    expect(values).toEqual(["order-placed", `{"orderId":"o1","total":1250}`, null, "2030-01-02T03:04:05.000Z", 5, "order:o1", null, "replace"]);
  });

  it.each([
    ["a missing field", { total: 1 }, /orderId/],
    ["a wrong type", { orderId: "o1", total: "12.50" }, /total/],
    ["no payload at all", undefined, /invalid payload/],
  ])("refuses %s with an error naming the job and the field, and writes nothing", async (_, payload, field) => {
    const tx = recordingTransaction();
    const attempt = enqueueJob(tx, orderPlaced, payload as never);
    await expect(attempt).rejects.toThrow(/Job "order-placed" refused an invalid payload/);
    await expect(enqueueJob(tx, orderPlaced, payload as never)).rejects.toThrow(field);
    expect(tx.calls).toEqual([]);
  });

  it("refuses a payload that is not an object, and options graphile-worker would refuse later", async () => {
    const tx = recordingTransaction();
    const bare = defineJob({ name: "bare", payload: z.string() });
    await expect(enqueueJob(tx, bare, "hello")).rejects.toThrow('Job "bare" needs an object payload.');
    await expect(enqueueJob(tx, orderPlaced, { orderId: "o1", total: 1 }, { maxAttempts: 0 })).rejects.toThrow(/maxAttempts/);
    await expect(enqueueJob(tx, orderPlaced, { orderId: "o1", total: 1 }, { key: "" })).rejects.toThrow(/key/);
    await expect(enqueueJob(tx, orderPlaced, { orderId: "o1", total: 1 }, { runAt: new Date("nope") })).rejects.toThrow(/runAt/);
    await expect(enqueueJob(tx, orderPlaced, { orderId: "o1", total: 1 }, { jobKey: "typo" } as never)).rejects.toThrow(/jobKey/);
    expect(tx.calls).toEqual([]);
  });
});

describe("defineJob", () => {
  it.each(["", "1st", "send email", "a".repeat(129)])("refuses the name %j", (name) => {
    expect(() => defineJob({ name, payload: z.object({}) })).toThrow(/must start with a letter/);
  });
});

describe("enqueueEmail", () => {
  it("queues the MailMessage as a send-email job under a namespaced key that is never queued twice", async () => {
    const tx = recordingTransaction();
    await enqueueEmail(tx, { to: "ada@example.com", subject: "Order #7 is confirmed", text: "See you at 7:30." }, { key: "order:7" });
    const [, name, payload, , , , key, , mode] = tx.calls[0]!;
    expect([name, JSON.parse(payload as string), key, mode]).toEqual([
      "send-email",
      { to: "ada@example.com", subject: "Order #7 is confirmed", text: "See you at 7:30." },
      "send-email:order:7",
      "unsafe_dedupe",
    ]);
  });

  it("refuses a message the mailer would refuse, before anything is written", async () => {
    const tx = recordingTransaction();
    await expect(enqueueEmail(tx, { to: "ada@example.com", subject: "", text: "x" }, { key: "k" })).rejects.toThrow(/subject/);
    await expect(enqueueEmail(tx, { to: [], subject: "Hi", text: "x" }, { key: "k" })).rejects.toThrow(/to/);
    expect(tx.calls).toEqual([]);
  });
});
