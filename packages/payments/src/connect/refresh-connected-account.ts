import type { Payments } from "../create-payments";
import { toPaymentsError } from "../to-payments-error";
import type { ConnectedAccountRecord, ConnectedAccountStore } from "./create-connected-account-store";

/**
 * Asks Stripe for an account's current state and keeps it: on the owner's return from onboarding (the webhook may
 * not have arrived) and for every account.updated (events can arrive out of order; the account itself cannot).
 */
export async function refreshConnectedAccount(payments: Payments, store: ConnectedAccountStore, accountId: string): Promise<ConnectedAccountRecord | null> {
  try {
    return await store.applyUpdate(await payments.stripe.accounts.retrieve(accountId));
  } catch (error) {
    throw toPaymentsError(error);
  }
}
