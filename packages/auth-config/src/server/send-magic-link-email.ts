import { createTransport } from "nodemailer";
import { renderMagicLinkEmail } from "./render-magic-link-email";

export interface MagicLinkMessage {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  /** The sign-in link itself and when it stops working, for senders that build their own message. */
  url: string;
  expires: Date;
}

/**
 * Delivers a sign-in link: through `send` when the portal provides one, else over SMTP. Without either, it fails
 * loudly; NextAuth then shows the sign-in page's error instead of "check your email" for a mail that never leaves.
 */
export async function sendMagicLinkEmail({
  to,
  url,
  expires,
  from,
  smtpUrl,
  validMinutes,
  send,
}: {
  to: string;
  url: string;
  expires: Date;
  from: string;
  smtpUrl?: string;
  validMinutes: number;
  send?: (message: MagicLinkMessage) => Promise<void>;
}): Promise<void> {
  const message: MagicLinkMessage = { to, from, url, expires, ...renderMagicLinkEmail({ url, validMinutes }) };
  if (send) return send(message);
  if (!smtpUrl) {
    throw new Error("Cannot email the sign-in link: the portal has no mail server configured (set SMTP_URL in apps/main).");
  }
  const result = await createTransport(smtpUrl).sendMail({
    to: message.to,
    from: message.from,
    subject: message.subject,
    text: message.text,
    html: message.html,
  });
  const failed = [...result.rejected, ...(result.pending ?? [])];
  if (failed.length > 0) throw new Error(`The mail server refused the sign-in email for ${failed.length} recipient(s).`);
}
