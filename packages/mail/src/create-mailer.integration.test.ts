import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findFreePort, startMailSink, type MailSinkHandle, type StoredMailMessage } from "@stepperslife/infra";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createMailer } from "./create-mailer";
import { renderEmail } from "./render-email";

let directory: string;
let sink: MailSinkHandle;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "mail-test-"));
  sink = await startMailSink({ smtpPort: await findFreePort(), webPort: await findFreePort(), directory });
});

afterAll(async () => {
  await sink.stop();
  await rm(directory, { recursive: true, force: true });
});

async function inbox(address: string): Promise<StoredMailMessage[]> {
  const response = await fetch(`${sink.webUrl}/api/messages?to=${encodeURIComponent(address)}`);
  expect(response.status).toBe(200);
  return (await response.json()) as StoredMailMessage[];
}

describe("createMailer", () => {
  it("sends text and HTML through a real SMTP server, several messages over one mailer", async () => {
    const mailer = createMailer({ SMTP_URL: sink.smtpUrl, MAIL_FROM: "SteppersLife <no-reply@stepperslife.com>" });
    try {
      const receipt = renderEmail({
        heading: "Order #7 is confirmed",
        intro: "Pick it up from 7:30 pm.",
        rows: [{ label: "Total", value: "$12.50" }],
        action: { label: "View your order", url: "https://restaurants.stepperslife.com/orders/7" },
      });
      const first = await mailer.send({ to: "Ada <ada@example.com>", subject: "Order #7 is confirmed", ...receipt });
      const second = await mailer.send({ to: ["ada@example.com", "grace@example.com"], subject: "Second", text: "plain only" });
      expect(first).toEqual({ sent: true, messageId: expect.stringMatching(/^<.+@.+>$/) });
      expect(second.sent).toBe(true);

      const [latest, receiptMessage] = await inbox("ada@example.com");
      expect(latest).toMatchObject({ subject: "Second", to: ["ada@example.com", "grace@example.com"], html: null });
      expect(receiptMessage).toMatchObject({
        subject: "Order #7 is confirmed",
        from: `"SteppersLife" <no-reply@stepperslife.com>`,
        envelope: { from: "no-reply@stepperslife.com", to: ["ada@example.com"] },
      });
      expect(receiptMessage?.text).toContain("Total: $12.50");
      expect(receiptMessage?.html).toContain("View your order</a>");
      expect((await inbox("grace@example.com")).map((message) => message.subject)).toEqual(["Second"]);
    } finally {
      mailer.close();
    }
  });

  it("without SMTP_URL logs one line and reports the mail as not sent", async () => {
    const info = vi.spyOn(console, "info").mockImplementation(() => undefined);
    try {
      const mailer = createMailer({ MAIL_FROM: "SteppersLife <no-reply@stepperslife.com>" });
      await expect(mailer.send({ to: "nobody@example.com", subject: "Your tickets", text: "hi" })).resolves.toEqual({ sent: false });
      expect(info.mock.calls).toEqual([["mail not sent (SMTP_URL unset): Your tickets → nobody@example.com"]]);
      mailer.close();
    } finally {
      info.mockRestore();
    }
    expect(await inbox("nobody@example.com")).toEqual([]);
  });

  it("throws when the configured server cannot be reached", async () => {
    const mailer = createMailer({ SMTP_URL: `smtp://127.0.0.1:${await findFreePort()}`, MAIL_FROM: "no-reply@stepperslife.com" });
    try {
      await expect(mailer.send({ to: "ada@example.com", subject: "Lost", text: "x" })).rejects.toThrow();
    } finally {
      mailer.close();
    }
  });
});
