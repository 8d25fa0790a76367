/** What the mail sink keeps of one message, as `<id>.json` beside the raw `<id>.eml`. */
export interface StoredMailMessage {
  /** `<epoch milliseconds>-<8 hex>`: sorts by arrival and is safe in file names and URLs. */
  id: string;
  /** ISO time the sink accepted the message. */
  receivedAt: string;
  /** SMTP envelope: who the sender really delivered to (includes Bcc recipients). */
  envelope: { from: string | null; to: string[] };
  /** The From header as written, e.g. `SteppersLife <hello@stepperslife.com>`. */
  from: string;
  /** Addresses of the To header, lowercased. */
  to: string[];
  cc: string[];
  subject: string;
  text: string | null;
  html: string | null;
  /** ISO time of the Date header, when present and valid. */
  date: string | null;
}

export const storedMailMessageIdPattern = /^\d{13}-[0-9a-f]{8}$/;
