import type { MailMessage } from "@stepperslife/mail";
import { enqueueJob, type JobTransaction } from "./enqueue-job";
import { sendEmailJob } from "./send-email-job";

export interface EnqueueEmailOptions {
  /**
   * What this email is, e.g. `order-confirmed:<orderId>`. Required: the same business event must never queue two
   * emails (a retried request, a redelivered webhook), so every caller names the effect.
   */
  key: string;
  /** Attempts before the email counts as failed (default 25: with graphile's back-off, about three days of retries). */
  maxAttempts?: number;
}

/**
 * Queues an email in the caller's transaction (see enqueueJob): it is sent by the app's worker after the transaction
 * commits, retried while the mail server is down, and never sent if the transaction rolls back.
 *
 * The key is namespaced with the task name and uses graphile-worker's `unsafe_dedupe` mode: while a job with this key
 * exists (queued, being sent, or failed for good) a second enqueue adds nothing. `replace`, graphile's default, would
 * add a second job while the first is being sent, and an email is the one effect that cannot be taken back. The cost,
 * as graphile's docs warn, is that an email that failed for good is not revived by enqueueing it again: it stays in the
 * queue for an operator (`fleet jobs`) instead.
 */
export async function enqueueEmail(tx: JobTransaction, message: MailMessage, options: EnqueueEmailOptions): Promise<void> {
  const { key, maxAttempts } = options;
  await enqueueJob(tx, sendEmailJob, message, {
    key: `${sendEmailJob.name}:${key}`,
    keyMode: "unsafe_dedupe",
    ...(maxAttempts === undefined ? {} : { maxAttempts }),
  });
}
