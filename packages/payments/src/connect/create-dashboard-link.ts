import type { Payments } from "../create-payments";
import { toPaymentsError } from "../to-payments-error";

/** A one-time sign-in link to the business's Express dashboard (payouts, bank account, tax forms) at Stripe. */
export async function createDashboardLink(payments: Payments, accountId: string): Promise<{ url: string }> {
  try {
    const link = await payments.stripe.accounts.createLoginLink(accountId);
    return { url: link.url };
  } catch (error) {
    throw toPaymentsError(error);
  }
}
