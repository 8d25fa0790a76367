import { z } from "zod";
import type { JobDefinition } from "./define-job";

/**
 * Anything that runs parameterised SQL on the caller's connection: a PrismaClient, or the `tx` of
 * `prisma.$transaction(async (tx) => …)`. Enqueueing through the caller's transaction is the point of this package:
 * the business row and its job commit together or not at all.
 */
export interface JobTransaction {
  $executeRawUnsafe(query: string, ...values: unknown[]): PromiseLike<unknown>;
}

export interface EnqueueJobOptions {
  /**
   * graphile-worker's job_key: while a job with this key is queued (or running, or failed, in `unsafe_dedupe` mode),
   * enqueueing the same key again does not add a second job. Completed jobs are deleted, so the key does not stop a
   * job from being enqueued again after it ran; the business write the job belongs to must be idempotent for that.
   */
  key?: string;
  /** graphile-worker's job_key_mode; `replace` (its default) updates the queued job with the new payload. */
  keyMode?: "replace" | "preserve_run_at" | "unsafe_dedupe";
  /** Not before this time (a reminder, a hold that expires). */
  runAt?: Date;
  /** Attempts before the job counts as failed and stays in the queue for an operator (graphile's default: 25). */
  maxAttempts?: number;
  /** Jobs of one named queue run one at a time, in order. Keep the number of names small (graphile's advice). */
  queueName?: string;
  priority?: number;
}

const optionsSchema = z.strictObject({
  key: z.string().min(1).max(512).optional(),
  keyMode: z.enum(["replace", "preserve_run_at", "unsafe_dedupe"]).optional(),
  runAt: z.date().optional(),
  maxAttempts: z.number().int().min(1).max(32_767).optional(),
  queueName: z.string().min(1).max(128).optional(),
  priority: z.number().int().min(-32_768).max(32_767).optional(),
});

// Named arguments and explicit casts, so the call does not depend on how a driver types its parameters (Prisma's
// adapter and node-postgres bind JavaScript values differently).
const addJobSql = `select graphile_worker.add_job(
  identifier => $1::text, payload => $2::json, queue_name => $3::text, run_at => $4::timestamptz,
  max_attempts => $5::int, job_key => $6::text, priority => $7::int, job_key_mode => $8::text)`;

/**
 * Adds a job in the caller's transaction with graphile-worker's own SQL function, so it is only visible to workers
 * once that transaction commits (and is gone if it rolls back); the insert's NOTIFY wakes a waiting worker at commit.
 * The payload is checked against the job's schema first: a bad one throws before anything is written.
 */
export async function enqueueJob<Payload>(
  tx: JobTransaction,
  job: JobDefinition<Payload>,
  payload: Payload,
  options: EnqueueJobOptions = {},
): Promise<void> {
  const checked = job.payload.safeParse(payload);
  if (!checked.success) throw new Error(`Job "${job.name}" refused an invalid payload:\n${z.prettifyError(checked.error)}`);
  // graphile-worker hands tasks an object (or, for batch jobs, an array); a bare value would reach no handler intact.
  if (typeof checked.data !== "object" || checked.data === null) throw new Error(`Job "${job.name}" needs an object payload.`);
  const parsedOptions = optionsSchema.safeParse(options);
  if (!parsedOptions.success) throw new Error(`Job "${job.name}" refused invalid options:\n${z.prettifyError(parsedOptions.error)}`);
  const { key, keyMode, runAt, maxAttempts, queueName, priority } = parsedOptions.data;
  await tx.$executeRawUnsafe(
    addJobSql,
    job.name,
    JSON.stringify(checked.data),
    queueName ?? null,
    runAt ? runAt.toISOString() : null,
    maxAttempts ?? null,
    key ?? null,
    priority ?? null,
    keyMode ?? "replace",
  );
}
