import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import nodemailer from "nodemailer";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFreePort } from "./find-free-port";
import { startMailSink, type MailSinkHandle } from "./start-mail-sink";
import type { StoredMailMessage } from "./stored-mail-message";

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), "infra-mail-test-"));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function start(): Promise<MailSinkHandle> {
  return startMailSink({ smtpPort: await findFreePort(), webPort: await findFreePort(), directory });
}

async function send(sink: MailSinkHandle, mail: nodemailer.SendMailOptions): Promise<void> {
  const transport = nodemailer.createTransport(sink.smtpUrl);
  try {
    await transport.sendMail({ from: "SteppersLife <hello@stepperslife.com>", ...mail });
  } finally {
    transport.close();
  }
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

const magicLink = "https://stepperslife.com/auth/verify?token=abc&next=%2Fevents";
const hostileSubject = `<script>alert("subject")</script> & friends`;

describe("startMailSink", () => {
  it("stores what nodemailer sends and serves it as JSON, newest first, filterable by recipient", async () => {
    const sink = await start();
    try {
      await send(sink, { to: "Ada <Ada@Example.com>", subject: "Your sign-in link", text: `Sign in: ${magicLink}.` });
      await send(sink, {
        to: "grace@example.com",
        bcc: "audit@example.com",
        subject: hostileSubject,
        text: "plain",
        html: `<p>Hi <b>Grace</b></p><script>parent.document.title = "pwned"</script><a href="${magicLink}">Sign in</a>`,
      });

      const all = await getJson<StoredMailMessage[]>(`${sink.webUrl}/api/messages`);
      expect(all.map((message) => message.subject)).toEqual([hostileSubject, "Your sign-in link"]);
      const [second, first] = all as [StoredMailMessage, StoredMailMessage];
      expect(first).toMatchObject({
        from: `"SteppersLife" <hello@stepperslife.com>`,
        to: ["ada@example.com"],
        envelope: { from: "hello@stepperslife.com", to: ["ada@example.com"] },
        text: `Sign in: ${magicLink}.\n`,
        html: null,
      });
      expect(Date.parse(first.date ?? "")).not.toBeNaN();
      expect(second.html).toContain("<b>Grace</b>");

      const forAda = await getJson<StoredMailMessage[]>(`${sink.webUrl}/api/messages?to=ADA@example.com`);
      expect(forAda.map((message) => message.id)).toEqual([first.id]);
      const forAudit = await getJson<StoredMailMessage[]>(`${sink.webUrl}/api/messages?to=audit@example.com`);
      expect(forAudit.map((message) => message.id)).toEqual([second.id]);
      expect(await getJson(`${sink.webUrl}/api/messages/${first.id}`)).toEqual(first);
      expect((await fetch(`${sink.webUrl}/api/messages/1234567890123-deadbeef`)).status).toBe(404);

      const files = (await readdir(directory)).sort();
      expect(files).toEqual([`${first.id}.eml`, `${first.id}.json`, `${second.id}.eml`, `${second.id}.json`].sort());
      expect(await readFile(join(directory, `${first.id}.eml`), "utf8")).toContain("Subject: Your sign-in link");
    } finally {
      await sink.stop();
    }
  });

  it("renders an escaped inbox and message page with a clickable link and sandboxed HTML", async () => {
    const sink = await start();
    try {
      const inbox = await fetch(sink.webUrl);
      expect(inbox.headers.get("content-security-policy")).toContain("default-src 'none'");
      const inboxHtml = await inbox.text();
      expect(inboxHtml).not.toContain("<script>");
      expect(inboxHtml).toContain("&lt;script&gt;alert(&quot;subject&quot;)&lt;/script&gt; &amp; friends");
      const links = [...inboxHtml.matchAll(/href="\/messages\/([^"]+)"/g)].map((match) => match[1]);
      expect(links).toHaveLength(2);

      const [hostile, signIn] = await getJson<StoredMailMessage[]>(`${sink.webUrl}/api/messages`);
      const signInHtml = await (await fetch(`${sink.webUrl}/messages/${signIn!.id}`)).text();
      const escapedLink = magicLink.replace(/&/g, "&amp;");
      expect(signInHtml).toContain(`<a href="${escapedLink}" target="_blank" rel="noopener noreferrer">${escapedLink}</a>.`);

      const hostileHtml = await (await fetch(`${sink.webUrl}/messages/${hostile!.id}`)).text();
      expect(hostileHtml).not.toMatch(/<script/i);
      const iframe = /<iframe [^>]*sandbox="([^"]*)"[^>]*srcdoc="([^"]*)"/.exec(hostileHtml);
      expect(iframe?.[1]).toBe("allow-popups allow-popups-to-escape-sandbox");
      expect(iframe?.[2]).toContain("&lt;script&gt;parent.document.title");
      expect(iframe?.[2]).toContain(`&lt;a href=&quot;${escapedLink}&quot;&gt;Sign in&lt;/a&gt;`);
    } finally {
      await sink.stop();
    }
  });

  it("keeps messages across a restart and clears them on DELETE", async () => {
    const sink = await start();
    try {
      const kept = await getJson<StoredMailMessage[]>(`${sink.webUrl}/api/messages`);
      expect(kept.map((message) => message.subject)).toEqual([hostileSubject, "Your sign-in link"]);
      const cleared = await fetch(`${sink.webUrl}/api/messages`, { method: "DELETE" });
      expect(await cleared.json()).toEqual({ deleted: 2 });
      expect(await getJson(`${sink.webUrl}/api/messages`)).toEqual([]);
      expect(await readdir(directory)).toEqual([]);
    } finally {
      await sink.stop();
    }
    const restarted = await start();
    try {
      expect(await getJson(`${restarted.webUrl}/api/messages`)).toEqual([]);
    } finally {
      await restarted.stop();
    }
  });
});
