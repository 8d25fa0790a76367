import { createFleetAuth } from "@stepperslife/auth-config/server";
import { createAggregationRoutes } from "@stepperslife/contracts/server";
import { exitOnInvalidEnv, publicAddressing } from "@stepperslife/env";
import { checkDatabase, createHealthRoute } from "@stepperslife/health";
import { createRouteFactory } from "@stepperslife/http";
import { createMailer } from "@stepperslife/mail";
import { appUrl, getApp } from "@stepperslife/manifest";
import { createPayments, createWebhookEventStore, expireCheckoutSession, platformFeePolicy, refundBusinessShare, refundPayment } from "@stepperslife/payments";
import { checkStorage, createStorage } from "@stepperslife/storage";
import { scheduleUploadSweep } from "@stepperslife/storage/server";
import { withSecurityHeaders } from "@stepperslife/web-security/server";
import { createDatabase } from "../create-database";
import { once } from "../once";
import { readVerticalEnv } from "../read-vertical-env";
import { createImageRoute } from "./create-image-route";
import { createVerticalCheckout } from "./create-vertical-checkout";
import { createVerticalPayouts } from "./create-vertical-payouts";
import { reuseAcrossReloads } from "./reuse-across-reloads";
import { startVerticalJobWorker } from "./start-vertical-job-worker";
import type { ContractLoaders, Vertical, VerticalClientClass, VerticalOptions } from "./vertical-types";

// A vertical that has built nothing for the portal yet answers valid empty lists: an empty section, not an outage.
const nothingYet: ContractLoaders<unknown> = { loadFeed: async () => [], search: async () => [], loadActivity: async () => [] };

const jobWorkerRetryMs = 5_000;

/**
 * Everything a vertical is wired with, from its name and its Prisma client: the parts every vertical has alike
 * live here once, so an app holds only its domain. Lazy throughout: nothing reads the env or connects at import
 * (or during `next build`); each part is created on first use and then reused.
 */
export function defineVertical<Class extends VerticalClientClass>(options: VerticalOptions<Class>): Vertical<InstanceType<Class>> {
  const service = getApp(options.name);
  const env = once(readVerticalEnv);
  const addressing = () => publicAddressing(env());
  const baseUrl = () => appUrl(service, addressing()).replace(/\/+$/, "");
  const db = () =>
    reuseAcrossReloads(`prisma:${service.name}`, () =>
      createDatabase({ PrismaClient: options.PrismaClient, url: env().DATABASE_URL, max: env().DATABASE_POOL_SIZE }),
    );
  const storage = once(() => createStorage(env()));
  const mailer = once(() => createMailer(env()));
  const payments = once(() => createPayments(env()));
  const webhookStore = once(() => createWebhookEventStore(db()));
  const jobWorker = () =>
    startVerticalJobWorker({
      app: service.name,
      connectionString: env().DATABASE_URL,
      mailer: mailer(),
      ...(options.jobs ? { tasks: options.jobs() } : {}),
      ...(options.crontab ? { crontab: options.crontab } : {}),
    });
  // At start the database may still be coming up: the app serves requests (enqueueing works as soon as it is up) and
  // the worker keeps trying, so queued emails go out once it can connect.
  const startJobWorkerInBackground = (): void =>
    void jobWorker().catch((error: unknown) => {
      console.error(`${service.name}: the job worker did not start; trying again in ${jobWorkerRetryMs / 1000} s`, error);
      setTimeout(startJobWorkerInBackground, jobWorkerRetryMs).unref();
    });

  const auth = createFleetAuth(() => ({
    app: service,
    secret: env().AUTH_SECRET,
    addressing: addressing(),
    portalInternalUrl: env().PORTAL_INTERNAL_URL,
  }));
  const route = createRouteFactory({ app: service.name, readSession: (request) => auth.readRequestSession(request) });
  const loaders = options.contract ?? nothingYet;
  const contract = createAggregationRoutes({
    route,
    app: service.name,
    loadFeed: () => loaders.loadFeed({ db: db(), baseUrl: baseUrl() }),
    search: ({ q, limit }) => loaders.search({ db: db(), baseUrl: baseUrl(), q, limit }),
    loadActivity: ({ user }) => loaders.loadActivity({ db: db(), baseUrl: baseUrl(), user }),
  });

  return {
    service,
    env,
    addressing,
    baseUrl,
    db,
    storage,
    mailer,
    payments,
    webhookStore,
    jobWorker,
    refunder() {
      const account = payments();
      return account ? (input) => refundPayment(account, input) : null;
    },
    shareRefunder() {
      const account = payments();
      return account ? (input) => refundBusinessShare(account, input) : null;
    },
    checkoutExpirer() {
      const account = payments();
      return account ? (checkoutSessionId) => expireCheckoutSession(account, checkoutSessionId) : null;
    },
    auth,
    route,
    proxy: withSecurityHeaders((request) => auth.proxy(request), env),
    register() {
      exitOnInvalidEnv(env);
      // Uploads never confirmed (HTML, say) are deleted once their URLs have expired; every worker may sweep.
      if (options.imageUploads) scheduleUploadSweep(storage());
      // Every pm2 cluster worker runs one: graphile-worker hands each job to one of them (and each cron tick once).
      startJobWorkerInBackground();
    },
    checkout: (domain) =>
      createVerticalCheckout({
        domain,
        db,
        payments,
        store: webhookStore,
        baseUrl,
        route,
        requireUser: (path) => auth.requireUser(path),
        fees: () => platformFeePolicy(env()),
      }),
    payouts: (domain) => createVerticalPayouts({ domain, db, payments, baseUrl, route, fees: () => platformFeePolicy(env()) }),
    routes: {
      health: {
        GET: createHealthRoute({
          version: () => env().APP_VERSION ?? options.version,
          checks: { database: () => checkDatabase(db()), storage: () => checkStorage(storage()) },
        }),
      },
      images: createImageRoute(storage),
      signOut: auth.signOutRoute,
      feed: { GET: contract.feed },
      search: { GET: contract.search },
      activity: { GET: contract.activity },
    },
  };
}
