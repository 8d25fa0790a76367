import { z } from "zod";

/**
 * What a mail message must hold before it is sent, or queued to be sent later (@stepperslife/jobs checks a message
 * with this when it is enqueued, so a malformed one is refused inside the caller's transaction, not at 3 am by a worker).
 */
export const mailMessageSchema = z.object({
  to: z.union([z.string().min(3), z.array(z.string().min(3)).min(1)]),
  subject: z.string().min(1).max(300),
  text: z.string(),
  html: z.string().optional(),
  replyTo: z.string().optional(),
});
