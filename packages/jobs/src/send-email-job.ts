import { mailMessageSchema } from "@stepperslife/mail";
import { defineJob } from "./define-job";

/** Every outgoing email as a job: the payload is the MailMessage itself, checked with the mailer's own schema. */
export const sendEmailJob = defineJob({ name: "send-email", payload: mailMessageSchema });
