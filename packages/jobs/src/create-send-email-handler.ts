import type { Mailer, MailMessage } from "@stepperslife/mail";
import { defineJobHandler, type JobHandler } from "./define-job-handler";
import { sendEmailJob } from "./send-email-job";

/**
 * The worker's side of enqueueEmail. A mail server that is down or refuses the message makes `send` throw, which
 * fails the attempt and lets graphile-worker retry it later; without SMTP_URL the mailer logs and reports "not
 * sent", and the job completes (dev machines without a mail server must not pile up retries).
 */
export function createSendEmailHandler(mailer: Mailer): JobHandler<MailMessage> {
  return defineJobHandler(sendEmailJob, async (message) => {
    await mailer.send(message);
  });
}
