import { createTransport, type Transporter } from "nodemailer";
import { mailMessageSchema } from "./mail-message-schema";

export interface MailConfig {
  /** `smtp://user:password@host:port`; without it nothing is sent (dev machines, CI). */
  SMTP_URL?: string | undefined;
  /** `SteppersLife <no-reply@stepperslife.com>`. */
  MAIL_FROM: string;
}

export interface MailMessage {
  to: string | string[];
  subject: string;
  text: string;
  html?: string | undefined;
  replyTo?: string | undefined;
}

export interface SendResult {
  /** False only when no mail server is configured; a server that refuses makes send throw instead. */
  sent: boolean;
  messageId?: string;
}

export interface Mailer {
  send(message: MailMessage): Promise<SendResult>;
  /** Closes the pooled connections (tests, shutdown). */
  close(): void;
}

/**
 * One mailer per app, over one pooled SMTP transport: receipts and confirmations reuse open connections instead of
 * a TLS handshake per email. Without SMTP_URL, sending is a logged no-op, so an order never fails for want of a
 * mail server; a configured server that refuses the message throws, for the caller to decide.
 */
export function createMailer(config: MailConfig): Mailer {
  const { SMTP_URL, MAIL_FROM } = config;
  let transport: Transporter | undefined;

  return {
    async send(message) {
      const { to, subject, text, html, replyTo } = mailMessageSchema.parse(message);
      const recipients = Array.isArray(to) ? to.join(", ") : to;
      if (!SMTP_URL) {
        console.info(`mail not sent (SMTP_URL unset): ${subject} → ${recipients}`);
        return { sent: false };
      }
      // Created on first use, so merely building the app (next build) opens no connection.
      transport ??= createTransport(pooled(SMTP_URL));
      const info = await transport.sendMail({ from: MAIL_FROM, to, subject, text, ...(html ? { html } : {}), ...(replyTo ? { replyTo } : {}) });
      const refused = [...info.rejected, ...(info.pending ?? [])];
      if (refused.length > 0) throw new Error(`The mail server refused "${subject}" for ${refused.length} recipient(s).`);
      return { sent: true, messageId: info.messageId };
    },
    close() {
      transport?.close();
      transport = undefined;
    },
  };
}

/** nodemailer takes every transport option from the URL when given one, so pooling is asked for there. */
function pooled(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  if (!url.searchParams.has("pool")) url.searchParams.set("pool", "true");
  return url.toString();
}
