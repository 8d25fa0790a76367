import type { FleetAuth } from "@stepperslife/auth-config/server";
import type { SessionUser } from "@stepperslife/auth-config";
import type { ActivityItem, FeedItem } from "@stepperslife/contracts";
import type { QueryableDatabase } from "@stepperslife/health";
import type { RouteFactory } from "@stepperslife/http";
import type { JobHandler, JobWorker } from "@stepperslife/jobs";
import type { Mailer } from "@stepperslife/mail";
import type { AppDefinition, PublicAddressing } from "@stepperslife/manifest";
import type { CheckoutDomain, Payments, WebhookEventStore } from "@stepperslife/payments";
import type { Storage } from "@stepperslife/storage";
import type { NextRequest, NextResponse } from "next/server";
import type { PrismaClientClass } from "../create-database";
import type { VerticalEnv } from "../vertical-env";
import type { VerticalCheckout } from "./create-vertical-checkout";
import type { PayoutsDomain, VerticalPayouts } from "./create-vertical-payouts";

/** What the kernel needs of an app's Prisma client: raw queries, for the health check and the webhook event log. */
export type VerticalClient = QueryableDatabase & {
  $queryRaw<T = unknown>(query: TemplateStringsArray, ...values: unknown[]): PromiseLike<T>;
};

/**
 * The app's answers to the portal (@stepperslife/contracts), as domain functions: the kernel hands each its database
 * and public origin; the contract (validation, caps, order, schemas) is enforced around them.
 */
export interface ContractLoaders<Client> {
  loadFeed(input: { db: Client; baseUrl: string }): Promise<FeedItem[]>;
  search(input: { db: Client; baseUrl: string; q: string; limit: number }): Promise<FeedItem[]>;
  loadActivity(input: { db: Client; baseUrl: string; user: SessionUser }): Promise<ActivityItem[]>;
}

/** An app's generated Prisma client class. */
export type VerticalClientClass = PrismaClientClass<VerticalClient>;

export interface VerticalOptions<Class extends VerticalClientClass> {
  /** The app's name in the fleet manifest (packages/manifest/apps.json). */
  name: string;
  /** The app's own generated client class (src/generated/prisma/client), so db() has the app's own type. */
  PrismaClient: Class;
  /** Reported by /api/health when APP_VERSION is not set: the app's package.json version. */
  version: string;
  /** The app takes image uploads: the sweep of never-confirmed uploads then runs from start. */
  imageUploads?: boolean;
  /** Without it, feed, search and activity answer empty lists. */
  contract?: ContractLoaders<InstanceType<Class>>;
  /**
   * The app's own job handlers (besides send-email, which every vertical runs), asked for when the worker starts, so
   * they may use the app's kernel (db(), payments()) without an import cycle at load time.
   */
  jobs?: () => ReadonlyArray<JobHandler<unknown>>;
  /** graphile-worker's crontab for the app's scheduled jobs (UTC), e.g. `*\/5 * * * * expire-holds ?fill=1h`. */
  crontab?: string;
}

/** A refund through the app's Stripe account; null without Stripe keys. */
/**
 * Refunds part of one business's share of a charge shared by several (a cart across shops), reversing that business's
 * transfer in proportion; once per `refundKey`. Throws RangeError beyond what is left of the share. Null without Stripe.
 */
export type ShareRefunder =
  | ((input: { orderId: string; businessId: string; paymentIntentId: string; transferGroup: string; refundCents: number; refundKey: string }) => Promise<{
      refundId: string;
    }>)
  | null;

export type Refunder =
  | ((input: { paymentIntentId: string; idempotencyKey: string; amountCents?: number }) => Promise<{ id: string; status: string }>)
  | null;

/** Closes a Stripe Checkout session so it can no longer be paid; null without Stripe keys. */
export type CheckoutExpirer = ((checkoutSessionId: string) => Promise<{ status: string }>) | null;

type Handler = (request: Request) => Promise<Response>;

export interface VerticalRoutes {
  /** GET /api/health: database and storage checks, and the version. */
  health: { GET: () => Promise<Response> };
  /** GET /api/images/{key}?w=: a confirmed image as a WebP thumbnail. */
  images: { GET: (request: Request, context: { params: Promise<{ key: string[] }> }) => Promise<Response> };
  /** POST /auth/sign-out: clears the shared session cookie and ends the session at the portal. */
  signOut: { POST: Handler };
  /** GET /api/feed, /api/search and /api/me/activity, held to @stepperslife/contracts. */
  feed: { GET: ReturnType<RouteFactory> };
  search: { GET: ReturnType<RouteFactory> };
  activity: { GET: ReturnType<RouteFactory> };
}

export interface Vertical<Client extends VerticalClient> {
  /** The app's manifest entry: name, title, port, database, bucket, roles. */
  service: AppDefinition;
  env: () => VerticalEnv;
  /** Where the fleet's apps are reached, for links between them. */
  addressing: () => PublicAddressing;
  /** This app's public origin without a trailing slash (e.g. https://events.stepperslife.com). */
  baseUrl: () => string;
  db: () => Client;
  storage: () => Storage;
  /** Outgoing mail (a logged no-op without SMTP_URL). */
  mailer: () => Mailer;
  /** The app's own Stripe account, or null without Stripe keys. */
  payments: () => Payments | null;
  refunder: () => Refunder;
  shareRefunder: () => ShareRefunder;
  checkoutExpirer: () => CheckoutExpirer;
  /** The Stripe event log in the app's database (table stripe_webhook_events). */
  webhookStore: () => WebhookEventStore;
  /**
   * This process's job worker (sends queued emails, runs the app's jobs), started on first call: register() starts
   * it at server start; route tests start it themselves. It stops with the app server.
   */
  jobWorker: () => Promise<JobWorker>;
  /** Single sign-on: who is signed in (the shared cookie) and the guards of owner pages. */
  auth: FleetAuth;
  /** The route wrapper: session, access guard, zod input, error mapping. */
  route: RouteFactory;
  /** For src/proxy.ts: refreshes a session whose roles changed, drops a dead cookie, sets the nonce CSP. */
  proxy: (request: NextRequest) => NextResponse | Promise<NextResponse>;
  /**
   * For src/instrumentation.ts (Node runtime only; Next never calls it during `next build`): a bad env stops the app;
   * the upload sweep and the job worker start.
   */
  register: () => void;
  /**
   * The Stripe order flow (@stepperslife/payments' createCheckoutFlow) on this app's database, Stripe account and
   * webhook log, given the app's order steps; with its webhook and owner log routes. Call once, in the app's
   * src/server/payments/checkout.ts.
   */
  checkout: (domain: CheckoutDomain<Client>) => VerticalCheckout<Client>;
  /**
   * Getting each business paid through its own Stripe Express account (Connect): the "Get paid" page's read and
   * routes. Once per app, in src/server/payouts/payouts.ts.
   */
  payouts: (domain: PayoutsDomain<Client>) => VerticalPayouts;
  routes: VerticalRoutes;
}
