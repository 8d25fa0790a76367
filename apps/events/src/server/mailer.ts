import "server-only";
import { createMailer, type Mailer } from "@stepperslife/mail";
import { env } from "../env";

let created: Mailer | undefined;

/** This app's outgoing mail (a logged no-op without SMTP_URL). */
export function mailer(): Mailer {
  created ??= createMailer(env());
  return created;
}
