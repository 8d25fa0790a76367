import { AppError, type RouteFactory } from "@stepperslife/http";
import {
  BUSINESS_TYPES,
  createConnectedAccountStore,
  createDashboardLink,
  createOnboardingLink,
  listBusinessPayouts,
  refreshConnectedAccount,
  startOnboarding,
  type ConnectedAccountRecord,
  type Payments,
  type PlatformFeePolicy,
  type PayoutDay,
  type PayoutPayment,
  type RawSqlClient,
  toPayoutsCsv,
} from "@stepperslife/payments";
import { z } from "zod";
import { PAYOUT_COUNTRIES, payoutChoices } from "./payout-choices";

/** What a vertical calls a business it pays, and where its owner sees whether it is paid. */
export interface PayoutsDomain<Client> {
  /** The owner's own business of this id (a restaurant; an organizer themselves), or null: someone else's is a 404. */
  findBusiness(input: { db: Client; ownerId: string; businessId: string }): Promise<PayoutBusiness | null>;
  /** The dashboard page of the business's payout account, where Stripe's onboarding returns. */
  getPaidPath(businessId: string): string;
  /** Where the owner sees one paid order (its board, its attendee list), or null; its label is the order's short code. */
  orderPath(payment: { orderId: string; scopeId: string }): string | null;
}

/** A business as its owner's payout pages name it; its days are told on its own clock (the scene's home zone if none). */
export interface PayoutBusiness {
  id: string;
  name: string;
  timeZone?: string;
}

/** The zone of a business that keeps none of its own (an organizer across cities). */
const HOME_TIME_ZONE = "America/Chicago";

/** How an owner knows an order: the short code every page, email and board shows ("Order A127C8"). */
export const orderLabel = (orderId: string) => `Order ${orderId.slice(0, 6).toUpperCase()}`;

/** A business's payouts page: its card payments by day on its clock, and whether Stripe's dashboard can be opened. */
export interface PayoutsView {
  days: (Omit<PayoutDay, "payments"> & { payments: (PayoutPayment & { order: { label: string; href: string | null } })[] })[];
  timeZone: string;
  dashboardAvailable: boolean;
}

/** A business's payout account as its "Get paid" page shows it. */
export interface PayoutAccountView {
  /** False when this app has no Stripe keys: card payments (and so payouts) are off for every business. */
  cardPaymentsAvailable: boolean;
  account: ConnectedAccountRecord | null;
  /** What the set-up form offers. */
  choices: typeof payoutChoices;
  /** The platform's cut of each card payment, said before the owner signs up. */
  fee: PlatformFeePolicy;
}

export type VerticalPayouts = ReturnType<typeof createVerticalPayouts>;

const businessId = z.string().min(1).max(100);

/**
 * The kernel's side of `vertical.payouts(domain)`: each business of the vertical gets paid through its own Stripe
 * Express account, connected to the vertical's Stripe account (the Connect platform). Routes for the "Get paid"
 * page, and the page's read, which asks Stripe afresh when the owner has just come back from onboarding.
 */
export function createVerticalPayouts<Client extends RawSqlClient>(input: {
  domain: PayoutsDomain<Client>;
  db: () => Client;
  payments: () => Payments | null;
  baseUrl: () => string;
  route: RouteFactory;
  fees: () => PlatformFeePolicy;
}) {
  const { domain, db, payments, baseUrl, route, fees } = input;
  const store = () => createConnectedAccountStore(db());
  const requirePayments = () => {
    const account = payments();
    if (!account) throw new AppError("unavailable", "Card payments are not set up here yet, so there is nothing to be paid out.");
    return account;
  };
  const requireBusiness = async (ownerId: string, id: string) => {
    const business = await domain.findBusiness({ db: db(), ownerId, businessId: id });
    if (!business) throw new AppError("not_found", "There is no such business of yours.");
    return business;
  };
  const urls = (id: string) => ({
    returnUrl: `${baseUrl()}${domain.getPaidPath(id)}?onboarding=returned`,
    refreshUrl: `${baseUrl()}/api/owner/payout-account/onboarding?businessId=${encodeURIComponent(id)}`,
  });
  const requireAccount = async (id: string) => {
    const account = await store().findByBusiness(id);
    if (!account) throw new AppError("not_found", "This business has no payout account yet: set one up first.");
    return account;
  };

  return {
    /** The "Get paid" page's facts; `returned` (back from Stripe's onboarding) reads the account from Stripe first. */
    async loadPayoutAccount({ businessId: id, returned }: { businessId: string; returned: boolean }): Promise<PayoutAccountView> {
      const account = payments();
      const kept = await store().findByBusiness(id);
      const facts = { choices: payoutChoices, fee: fees() };
      if (!account || !kept || !returned) return { cardPaymentsAvailable: account !== null, account: kept, ...facts };
      return { cardPaymentsAvailable: true, account: (await refreshConnectedAccount(account, store(), kept.id)) ?? kept, ...facts };
    },
    /** The owner's own business of this id, as their pages name it, or null. */
    findBusiness: ({ ownerId, businessId: id }: { ownerId: string; businessId: string }) =>
      domain.findBusiness({ db: db(), ownerId, businessId: id }),
    /** The payouts page's facts, read from the business's ledger (no call to Stripe). */
    async loadPayouts(business: PayoutBusiness): Promise<PayoutsView> {
      const timeZone = business.timeZone ?? HOME_TIME_ZONE;
      const [days, account] = await Promise.all([
        listBusinessPayouts({ db: db(), businessId: business.id, timeZone }),
        store().findByBusiness(business.id),
      ]);
      const order = (payment: { orderId: string; scopeId: string }) => ({
        label: orderLabel(payment.orderId),
        href: domain.orderPath(payment),
      });
      return {
        days: days.map((day) => ({ ...day, payments: day.payments.map((payment) => ({ ...payment, order: order(payment) })) })),
        timeZone,
        dashboardAvailable: payments() !== null && Boolean(account?.detailsSubmitted),
      };
    },
    routes: {
      /** GET /api/owner/payouts/export?businessId=: the payouts page as CSV, one row per card payment. */
      payoutsExport: {
        GET: route({ access: "owner", query: z.object({ businessId }) }, async ({ user, query }) => {
          const business = await requireBusiness(user.id, query.businessId);
          const timeZone = business.timeZone ?? HOME_TIME_ZONE;
          const days = await listBusinessPayouts({ db: db(), businessId: business.id, timeZone });
          return new Response(toPayoutsCsv(days, { describeOrder: orderLabel }), {
            headers: {
              "content-type": "text/csv; charset=utf-8",
              "content-disposition": `attachment; filename="payouts-${business.id.slice(0, 8)}.csv"`,
              "cache-control": "no-store",
            },
          });
        }),
      },
      /** POST /api/owner/payout-account: the Express account (made on first use) and a link into Stripe's onboarding. */
      onboarding: {
        POST: route(
          { access: "owner", body: z.object({ businessId, country: z.enum(PAYOUT_COUNTRIES), businessType: z.enum(BUSINESS_TYPES) }).strict() },
          async ({ user, body }) => {
            const payments = requirePayments();
            const business = await requireBusiness(user.id, body.businessId);
            return startOnboarding(payments, store(), { ...body, businessId: business.id, ownerId: user.id, email: user.email, ...urls(business.id) });
          },
        ),
      },
      /** GET /api/owner/payout-account/onboarding: Stripe's refresh_url, for a link that expired or was used; a new one. */
      onboardingRefresh: {
        GET: route({ access: "owner", query: z.object({ businessId }) }, async ({ user, query }) => {
          const payments = requirePayments();
          const business = await requireBusiness(user.id, query.businessId);
          const { url } = await createOnboardingLink(payments, { accountId: (await requireAccount(business.id)).id, ...urls(business.id) });
          return Response.redirect(url, 303);
        }),
      },
      /** POST /api/owner/payout-account/dashboard-link: a one-time sign-in to the business's Express dashboard. */
      dashboardLink: {
        POST: route({ access: "owner", body: z.object({ businessId }).strict() }, async ({ user, body }) => {
          const payments = requirePayments();
          const business = await requireBusiness(user.id, body.businessId);
          const account = await requireAccount(business.id);
          if (!account.detailsSubmitted) throw new AppError("conflict", "Finish setting up payouts with Stripe first; then its dashboard opens.");
          return createDashboardLink(payments, account.id);
        }),
      },
    },
  };
}
