import type { z } from "zod";

/** A kind of job: its name in graphile-worker's queue and the zod schema every payload of it must pass. */
export interface JobDefinition<Payload = unknown> {
  name: string;
  payload: z.ZodType<Payload>;
}

/**
 * graphile-worker's crontab accepts only these identifiers, and its queue at most 128 characters; checking here means
 * a bad name fails where the job is defined, not when the first worker or the first enqueue meets it.
 */
const namePattern = /^[_a-zA-Z][_a-zA-Z0-9:_-]*$/;

/**
 * Defines a job once, in a module both the code that enqueues it and the worker that runs it import: the schema is
 * checked at enqueue time (a malformed payload never reaches the queue) and again before the handler runs (a job added
 * by hand in SQL, or by an older version of the app, is refused with a clear error rather than half-processed).
 */
export function defineJob<Schema extends z.ZodType>(definition: { name: string; payload: Schema }): JobDefinition<z.output<Schema>> {
  const { name, payload } = definition;
  if (!namePattern.test(name) || name.length > 128) {
    throw new Error(`Job name "${name}" must start with a letter or _, hold only letters, digits, :, _ and -, and be at most 128 characters.`);
  }
  return { name, payload: payload as z.ZodType<z.output<Schema>> };
}
