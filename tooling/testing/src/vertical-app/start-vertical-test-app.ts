import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { SessionUser } from "@stepperslife/auth-config";
import { createSessionId, encodeSessionToken } from "@stepperslife/auth-config/server";
import { deployMigrations } from "@stepperslife/db-migrate";
import { findFreePort, startMailSink, startS3Server, type MailSinkHandle, type StoredMailMessage } from "@stepperslife/infra";
import { createStorage, type Storage } from "@stepperslife/storage";
import { startStripeStub, type StripeStub } from "@stepperslife/stripe-stub";
import { createTestDatabase } from "../index";
import { appFolderOf, importAppModule, routeModulesOf } from "./app-folder";
import { discoverRoutes, routePathOf, type Routes } from "./discover-routes";
import { setTestAppEnv } from "./set-test-app-env";

/** What the test app needs of a vertical's kernel (`export const vertical = defineVertical(…)` in src/vertical.ts). */
interface KernelModule<Client> {
  vertical: { db(): Client; jobWorker(): Promise<{ stop(): Promise<void> }> };
}

type WebhookRoute = { POST(request: Request): Promise<Response> };

export interface VerticalTestAppOptions {
  /** The app's manifest name: its folder apps/<app>, migrations, kernel, routes, port, bucket and owner role. */
  app: string;
  /** The app's pool (DATABASE_POOL_SIZE), which the test shares with the routes: wide, tests send many requests at once. */
  poolSize?: number;
}

export interface VerticalTestApp<Client> {
  /** The test database's URL (the app's own migrations applied). */
  url: string;
  /** The kernel's own client on it, `vertical.db()`: the one the app's routes use. */
  db: Client;
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
  /** Every route of the app by its URL path, found in its src/app (no list to keep), e.g. `routes("/api/orders").POST`. */
  importRoutes(): Promise<Routes>;
  close(): Promise<void>;
}

/**
 * For route tests, by convention from the app's name: a fresh database with the migrations of apps/<app>/prisma,
 * an S3 server with the app's bucket, the Stripe stub behind the real SDK and a mail sink, all on loopback; their
 * addresses in process.env as the fleet would set them; the app's kernel (src/vertical.ts) with its job worker
 * running, so queued emails reach the mail sink as under pm2; and a small HTTP server that hands the stub's webhook
 * deliveries to the app's POST /api/stripe/webhook, found in its file tree. Import route modules only after this
 * resolves (they read the env it sets).
 */
export async function startVerticalTestApp<Client extends { $disconnect(): Promise<void> }>({
  app,
  poolSize = 20,
}: VerticalTestAppOptions): Promise<VerticalTestApp<Client>> {
  const secret = `${app}-test-${randomBytes(16).toString("hex")}`;
  const database = await createTestDatabase(app);
  await deployMigrations({ databaseUrl: database.url, migrationsDir: join(appFolderOf(app), "prisma", "migrations") });
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

  const importRoutes = async () => discoverRoutes(await routeModulesOf(app));
  let webhookRoute: Promise<WebhookRoute | null> | null = null;
  // The app's own route file, imported at the first delivery (after the env is set); a vertical without one answers 404.
  const loadWebhookRoute = async () => {
    const modules = await routeModulesOf(app);
    const file = Object.keys(modules).find((path) => routePathOf(path) === "/api/stripe/webhook");
    return file ? ((await modules[file]!()) as WebhookRoute) : null;
  };
  let acceptingWebhooks = true;
  const receiver: Server = createServer(async (incoming, outgoing) => {
    if (!acceptingWebhooks) return void outgoing.writeHead(503).end();
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);
    const route = await (webhookRoute ??= loadWebhookRoute());
    if (!route) return void outgoing.writeHead(404).end(`${app} has no src/app/api/stripe/webhook/route.ts`);
    const response = await route.POST(new Request("http://127.0.0.1/api/stripe/webhook", { method: "POST", headers: incoming.headers as Record<string, string>, body: Buffer.concat(chunks) }));
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
    DATABASE_POOL_SIZE: String(poolSize),
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
  const { vertical } = await importAppModule<KernelModule<Client>>(app, "src/vertical.ts");
  const db = vertical.db();
  // The kernel's own worker, as instrumentation.ts starts it under pm2.
  const jobWorker = await vertical.jobWorker();

  return {
    url: database.url,
    db,
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
    importRoutes,
    async close() {
      await jobWorker.stop();
      await stripe.close();
      await new Promise<void>((resolve) => receiver.close(() => resolve()));
      await mail.stop();
      await s3.stop();
      await db.$disconnect();
      await database.drop();
      await rm(s3Directory, { recursive: true, force: true });
      await rm(mailDirectory, { recursive: true, force: true });
    },
  };
}
