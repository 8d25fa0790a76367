import type { JobDefinition } from "./define-job";

export interface JobContext {
  /** graphile-worker's job id, for log lines. */
  jobId: string;
  /** 1 on the first run; a handler that sees more knows an earlier attempt may have done part of its work. */
  attempt: number;
  /** Aborted when the worker is stopping; long handlers should pass it on (fetch, SMTP) and give up early. */
  signal: AbortSignal | undefined;
}

/** What a worker runs for one kind of job. */
export interface JobHandler<Payload = unknown> {
  job: JobDefinition<Payload>;
  run(payload: Payload, context: JobContext): Promise<void>;
}

/**
 * Pairs a job with the code that performs it. Kept apart from defineJob because the handler usually needs things only
 * the worker has (a mailer, a Stripe client) while the definition is imported by every request that enqueues the job.
 * A handler throws to fail the attempt: graphile-worker retries it with exponential back-off. Since a job runs at least
 * once (a worker can die after the effect and before recording it), a handler must be safe to run twice.
 */
export function defineJobHandler<Payload>(job: JobDefinition<Payload>, run: JobHandler<Payload>["run"]): JobHandler<Payload> {
  return { job, run };
}
