import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SessionUser } from "@stepperslife/auth-config";
import { createSessionId, encodeSessionToken } from "@stepperslife/auth-config/server";
import { findFreePort, startMailSink, startS3Server, type MailSinkHandle, type StoredMailMessage } from "@stepperslife/infra";
import { createStorage, type Storage } from "@stepperslife/storage";
import { startStripeStub, type StripeStub } from "@stepperslife/stripe-stub";
import { setTestAppEnv } from "./set-test-app-env";

/** What every app's migrated test database gives back (db-migrate's helper; not imported here: turbo saw a cycle). */
export interface VerticalTestDatabase {
  url: string;
  drop(): Promise<void>;
}

export interface VerticalTestAppOptions<Database extends VerticalTestDatabase> {
  /** The app's name: its bucket, the prefix of temporary folders and of the session secret. */
  app: string;
  /** A fresh database with the app's migrations applied and a client on it. */
  createDatabase(): Promise<Database>;
  /** The app's real POST /api/stripe/webhook module, imported only once a delivery arrives (after the env is set). */
  loadWebhookRoute(): Promise<{ POST(request: Request): Promise<Response> }>;
  /**
   * Starts the app's own job worker (its kernel's, `vertical.jobWorker()`), called once the env is set: the emails
   * the app queues then reach the mail sink as they would under pm2, a moment after the transaction commits.
   */
  startJobWorker?(): Promise<{ stop(): Promise<void> }>;
}

export type VerticalTestApp<Database extends VerticalTestDatabase> = Database & {
  storage: Storage;
  stripe: StripeStub;
  mail: MailSinkHandle;
  /** Stops or restarts the mail sink on the same ports (its messages kept): an SMTP outage for the job queue to ride out. */
  setMailServerUp(up: boolean): Promise<void>;
  /** The messages the mail sink holds for `address`, newest first. */
  inbox(address: string): Promise<StoredMailMessage[]>;
  stripeKeys: { secretKey: string; webhookSecret: string };
  /** While false, the webhook endpoint answers 503 (Stripe's deliveries fail), as if the app were briefly down. */
  acceptWebhooks(accept: boolean): void;
  /** A Cookie header signing `user` in, encoded exactly as the portal does (a session id of its own each time). */
  cookieFor(user: SessionUser): Promise<string>;
  close(): Promise<void>;
};

/**
 * For route tests: an app's real dependencies on loopback (PostgreSQL with its migrations, an S3 server, the
 * Stripe stub behind the real SDK, a mail sink), their addresses in process.env as the fleet would set them, and a
 * small HTTP server that hands the stub's webhook deliveries to the app's real POST /api/stripe/webhook handler.
 * Import route modules only after this resolves (they read the env it sets).
 */
export async function startVerticalTestApp<Database extends VerticalTestDatabase>({
  app,
  createDatabase,
  loadWebhookRoute,
  startJobWorker,
}: VerticalTestAppOptions<Database>): Promise<VerticalTestApp<Database>> {
  const secret = `${app}-test-${randomBytes(16).toString("hex")}`;
  const database = await createDatabase();
  const s3Directory = await mkdtemp(join(tmpdir(), `${app}-s3-`));
  const s3Env = { S3_REGION: "us-east-1", S3_ACCESS_KEY: `RS${randomBytes(6).toString("hex")}`, S3_SECRET_KEY: randomBytes(24).toString("base64url"), S3_BUCKET: app };
  const s3 = await startS3Server({ port: await findFreePort(), directory: s3Directory, bucket: app, accessKey: s3Env.S3_ACCESS_KEY, secretKey: s3Env.S3_SECRET_KEY, corsAllowedOrigins: ["*"] });
  const mailDirectory = await mkdtemp(join(tmpdir(), `${app}-mail-`));
  const mailOptions = { smtpPort: await findFreePort(), webPort: await findFreePort(), directory: mailDirectory };
  let mailSink: MailSinkHandle | null = await startMailSink(mailOptions);
  const mail: MailSinkHandle = { smtpUrl: mailSink.smtpUrl, webUrl: mailSink.webUrl, stop: () => setMailServerUp(false) };
  async function setMailServerUp(up: boolean) {
    if (up) {
      mailSink ??= await startMailSink(mailOptions);
    } else if (mailSink) {
      const stopping = mailSink;
      mailSink = null;
      await stopping.stop();
    }
  }

  let acceptingWebhooks = true;
  const receiver: Server = createServer(async (incoming, outgoing) => {
    if (!acceptingWebhooks) return void outgoing.writeHead(503).end();
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const { POST } = await loadWebhookRoute();
    const response = await POST(new Request("http://127.0.0.1/api/stripe/webhook", { method: "POST", headers: incoming.headers as Record<string, string>, body: Buffer.concat(chunks) }));
    outgoing.writeHead(response.status, { "content-type": "application/json" }).end(await response.text());
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  const stripeKeys = { secretKey: `sk_test_${randomBytes(12).toString("hex")}`, webhookSecret: `whsec_${randomBytes(16).toString("hex")}` };
  const stripe = await startStripeStub({
    accounts: [{ ...stripeKeys, webhookUrl: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/api/stripe/webhook` }],
    retryDelaysMs: [],
  });

  setTestAppEnv({
    DATABASE_URL: database.url,
    S3_ENDPOINT: s3.endpoint,
    ...s3Env,
    AUTH_SECRET: secret,
    // Nothing listens here: the revocation feed counts as unavailable and sessions are judged by their token.
    PORTAL_INTERNAL_URL: "http://127.0.0.1:9",
    STRIPE_SECRET_KEY: stripeKeys.secretKey,
    STRIPE_PUBLISHABLE_KEY: `pk_test_${randomBytes(12).toString("hex")}`,
    STRIPE_WEBHOOK_SECRET: stripeKeys.webhookSecret,
    STRIPE_API_URL: stripe.url,
    SMTP_URL: mail.smtpUrl,
    ROOT_DOMAIN: "localhost",
  });
  const jobWorker = startJobWorker ? await startJobWorker() : null;

  return {
    ...database,
    storage: createStorage({ S3_ENDPOINT: s3.endpoint, ...s3Env }),
    stripe,
    mail,
    setMailServerUp,
    async inbox(address) {
      return (await (await fetch(`${mail.webUrl}/api/messages?to=${encodeURIComponent(address)}`)).json()) as StoredMailMessage[];
    },
    stripeKeys,
    acceptWebhooks(accept) {
      acceptingWebhooks = accept;
    },
    async cookieFor(user) {
      // No portal listens in these tests (see PORTAL_INTERNAL_URL), so a fresh session id is simply not known as revoked.
      const sessionId = createSessionId();
      const token = await encodeSessionToken({ user, sessionId, rolesAt: Date.now(), secret, issuedAtMs: Date.now() - 1000 });
      return `stepperslife.session-token=${token}`;
    },
    async close() {
      await jobWorker?.stop();
      await stripe.close();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
      await mail.stop();
      await s3.stop();
      await database.drop();
      await rm(s3Directory, { recursive: true, force: true });
      await rm(mailDirectory, { recursive: true, force: true });
    },
  };
}
