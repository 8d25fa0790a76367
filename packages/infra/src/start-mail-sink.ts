import { once } from "node:events";
import { mkdir, rm } from "node:fs/promises";
import { createServer } from "node:http";
import { join, resolve } from "node:path";
import { SMTPServer } from "smtp-server";
import { z } from "zod";
import { handleMailSinkRequest, type MailSinkInbox } from "./handle-mail-sink-request";
import { readStoredMailMessages } from "./read-stored-mail-messages";
import { storeMailMessage } from "./store-mail-message";
import type { StoredMailMessage } from "./stored-mail-message";

export interface StartMailSinkOptions {
  smtpPort: number;
  webPort: number;
  /** Messages are kept here as `<id>.eml` + `<id>.json` and reloaded on the next start. */
  directory: string;
  log?: (line: string) => void;
}

export interface MailSinkHandle {
  /** `smtp://127.0.0.1:<smtpPort>`: no TLS, no authentication. */
  smtpUrl: string;
  /** `http://127.0.0.1:<webPort>`: the inbox page and its JSON API. */
  webUrl: string;
  stop(): Promise<void>;
}

const optionsSchema = z.object({
  smtpPort: z.number().int().min(1).max(65_535),
  webPort: z.number().int().min(1).max(65_535),
  directory: z.string().min(1),
});

const maxMessageBytes = 25 * 1024 * 1024;

/** Catches every mail the apps send and shows it to people (HTML inbox) and tests (JSON). */
export async function startMailSink(options: StartMailSinkOptions): Promise<MailSinkHandle> {
  const { smtpPort, webPort } = optionsSchema.parse(options);
  const directory = resolve(options.directory);
  const { log } = options;
  await mkdir(directory, { recursive: true });

  const messages = new Map<string, StoredMailMessage>();
  for (const message of await readStoredMailMessages(directory)) messages.set(message.id, message);
  const inbox: MailSinkInbox = {
    list: () => [...messages.values()].sort((a, b) => (a.id < b.id ? 1 : -1)),
    get: (id) => messages.get(id),
    clear: async () => {
      const ids = [...messages.keys()];
      messages.clear();
      await Promise.all(
        ids.flatMap((id) => [rm(join(directory, `${id}.json`), { force: true }), rm(join(directory, `${id}.eml`), { force: true })]),
      );
      return ids.length;
    },
  };

  const smtp = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    size: maxMessageBytes,
    logger: false,
    banner: "SteppersLife mail sink: accepts everything, delivers nothing",
    closeTimeout: 2_000,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        if (stream.sizeExceeded) {
          callback(Object.assign(new Error("Message exceeds the sink's size limit"), { responseCode: 552 }));
          return;
        }
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : null,
          to: session.envelope.rcptTo.map((recipient) => recipient.address),
        };
        storeMailMessage({ directory, raw: Buffer.concat(chunks), envelope }).then(
          (message) => {
            messages.set(message.id, message);
            log?.(`Mail ${message.id} to ${envelope.to.join(", ")}: ${message.subject}`);
            callback(null, `Stored as ${message.id}`);
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  smtp.on("error", (error) => log?.(`SMTP error: ${error.message}`));

  const web = createServer((request, response) => {
    handleMailSinkRequest(request, response, inbox).catch((error: Error) => {
      log?.(`Mail sink web error: ${error.stack ?? error.message}`);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      response.end("Internal error");
    });
  });

  try {
    smtp.listen(smtpPort, "127.0.0.1");
    await once(smtp.server, "listening");
    web.listen(webPort, "127.0.0.1");
    await once(web, "listening");
  } catch (error) {
    await closeBoth(smtp, web);
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    webUrl: `http://127.0.0.1:${webPort}`,
    stop: () => (stopping ??= closeBoth(smtp, web)),
  };
}

async function closeBoth(smtp: SMTPServer, web: ReturnType<typeof createServer>): Promise<void> {
  const smtpClosed = smtp.server.listening ? new Promise<void>((done) => smtp.close(() => done())) : Promise.resolve();
  const webClosed = web.listening ? new Promise<void>((done) => web.close(() => done())) : Promise.resolve();
  // Browsers keep connections alive; without this close() would wait for them.
  web.closeAllConnections();
  await Promise.all([smtpClosed, webClosed]);
}
