import {
  createConnectedAccountStore,
  createPayments,
  refreshConnectedAccount,
  startOnboarding,
  type RawSqlClient,
} from "@stepperslife/payments";
import type { VerticalEnv } from "../vertical-env";

/**
 * On the local Stripe stand-in only (STRIPE_API_URL set, as `npm start` sets it): gives the demo businesses payout
 * accounts that have finished onboarding, by the stand-in's own hosted form, so a newcomer can pay by card in the demo
 * at once. Against real Stripe nothing happens: a business's onboarding is its owner's to do. Returns what it set up.
 */
export async function connectDemoBusinesses({ db, env, businessIds }: { db: RawSqlClient; env: VerticalEnv; businessIds: string[] }) {
  const payments = createPayments(env);
  if (!payments || !env.STRIPE_API_URL) return [];
  const store = createConnectedAccountStore(db);
  const connected: string[] = [];
  for (const businessId of businessIds) {
    if (await store.findByBusiness(businessId)) continue;
    const { url } = await startOnboarding(payments, store, {
      businessId,
      ownerId: "demo",
      country: "US",
      businessType: "company",
      email: "demo@stepperslife.test",
      returnUrl: `${env.STRIPE_API_URL}/`,
      refreshUrl: `${env.STRIPE_API_URL}/`,
    });
    // The stand-in's "Complete onboarding" button, pressed for the demo.
    const finished = await fetch(url, { method: "POST", redirect: "manual" });
    if (finished.status !== 303) throw new Error(`the Stripe stand-in did not complete the demo onboarding of ${businessId} (${finished.status})`);
    await refreshConnectedAccount(payments, store, (await store.findByBusiness(businessId))!.id);
    connected.push(`payouts of ${businessId}`);
  }
  return connected;
}
