import type { StripeStub } from "@stepperslife/stripe-stub";
import { createPayments } from "../create-payments";
import type { RawSqlClient } from "../create-webhook-event-store";
import { createConnectedAccountStore, type ConnectedAccountRecord } from "../connect/create-connected-account-store";
import { refreshConnectedAccount } from "../connect/refresh-connected-account";
import { startOnboarding } from "../connect/start-onboarding";

/**
 * For tests: a business that has set up payouts, the way an owner does (an Express account through the real SDK,
 * onboarding completed at the local stand-in), so it can take card payments. Returns its payout account.
 */
export async function connectBusiness({
  db,
  stub,
  secretKey,
  businessId,
  owner = { id: "test-owner", email: "owner@example.com" },
}: {
  db: RawSqlClient;
  stub: Pick<StripeStub, "completeOnboarding" | "url">;
  /** The app's (the platform's) secret key at the stand-in. */
  secretKey: string;
  businessId: string;
  /** Who sets payouts up (the account's owner, and where its dispute emails go). */
  owner?: { id: string; email: string };
}): Promise<ConnectedAccountRecord> {
  const payments = createPayments({
    STRIPE_SECRET_KEY: secretKey,
    STRIPE_PUBLISHABLE_KEY: "pk_test_connect_business",
    STRIPE_WEBHOOK_SECRET: "whsec_connect_business",
    STRIPE_API_URL: stub.url,
  })!;
  const store = createConnectedAccountStore(db);
  await startOnboarding(payments, store, {
    businessId,
    ownerId: owner.id,
    country: "US",
    businessType: "company",
    email: owner.email,
    returnUrl: "https://example.test/get-paid",
    refreshUrl: "https://example.test/get-paid/refresh",
  });
  const { id } = (await store.findByBusiness(businessId))!;
  await stub.completeOnboarding(id);
  const account = await refreshConnectedAccount(payments, store, id);
  if (!account?.chargesEnabled) throw new Error(`connectBusiness: ${businessId}'s account ${id} cannot take charges after onboarding`);
  return account;
}
