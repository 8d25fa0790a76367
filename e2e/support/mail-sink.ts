import { expect } from "@playwright/test";

/** The embedded mail sink's JSON API (FLEET_MAIL_WEB_PORT, 1080 by default); every mail the fleet sends lands there. */
const mailSinkApi = "http://127.0.0.1:1080/api/messages";

/** The fields of a stored message that the tests read (see packages/infra's StoredMailMessage). */
export interface SinkMessage {
  id: string;
  to: string[];
  subject: string;
  text: string | null;
  html: string | null;
}

/** Messages sent to `address`, newest first. */
export async function messagesTo(address: string): Promise<SinkMessage[]> {
  const response = await fetch(`${mailSinkApi}?to=${encodeURIComponent(address)}`);
  expect(response.status, "mail sink answers").toBe(200);
  return (await response.json()) as SinkMessage[];
}

/**
 * Waits for the sign-in mail sent to `address` and returns its magic link (NextAuth's email callback URL).
 * `sentAfter` skips mails that were already there, e.g. the link of an earlier sign-in by the same person.
 */
export async function waitForMagicLink(address: string, sentAfter: ReadonlySet<string> = new Set()): Promise<string> {
  let link: string | undefined;
  await expect(async () => {
    const fresh = (await messagesTo(address)).filter((message) => !sentAfter.has(message.id));
    expect(fresh.length, `a new mail to ${address}`).toBeGreaterThan(0);
    link = magicLinkIn(fresh[0]!);
  }).toPass({ timeout: 15_000, intervals: [200, 300, 500] });
  return link!;
}

/** The ids of the mails already sent to `address`, to tell the next one apart. */
export async function messageIdsTo(address: string): Promise<Set<string>> {
  return new Set((await messagesTo(address)).map((message) => message.id));
}

function magicLinkIn(message: SinkMessage): string {
  // The text part carries the raw URL; the HTML part escapes "&" in its href.
  const candidates = [message.text ?? "", (message.html ?? "").replaceAll("&amp;", "&")];
  for (const body of candidates) {
    const url = body.match(/https?:\/\/[^\s"'<>]+\/api\/auth\/callback\/email\?[^\s"'<>]+/)?.[0];
    if (url) return url;
  }
  throw new Error(`No magic link in "${message.subject}":\n${message.text ?? message.html ?? "(empty)"}`);
}
