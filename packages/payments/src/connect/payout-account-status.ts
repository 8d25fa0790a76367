import type Stripe from "stripe";

/** Where a business stands with getting paid, in the words the owner's "Get paid" page uses. */
export type PayoutAccountStatus = "details_needed" | "pending_verification" | "payouts_enabled";

export interface PayoutAccountFacts {
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  detailsSubmitted: boolean;
  requirementsDue: string[];
}

/** The facts the app keeps of a Stripe account (copied on account.updated and on return from onboarding). */
export function payoutAccountFacts(account: Pick<Stripe.Account, "charges_enabled" | "payouts_enabled" | "details_submitted" | "requirements">) {
  return {
    chargesEnabled: account.charges_enabled,
    payoutsEnabled: account.payouts_enabled,
    detailsSubmitted: account.details_submitted,
    requirementsDue: [...(account.requirements?.currently_due ?? [])],
  } satisfies PayoutAccountFacts;
}

/**
 * Stripe's flags, read the way an owner thinks of them: anything Stripe still asks for is "details needed" (even
 * after a first submission: Stripe asks again when a check fails); submitted and waiting on Stripe is "pending".
 */
export function payoutAccountStatus(facts: PayoutAccountFacts): PayoutAccountStatus {
  if (facts.chargesEnabled && facts.payoutsEnabled) return "payouts_enabled";
  if (!facts.detailsSubmitted || facts.requirementsDue.length > 0) return "details_needed";
  return "pending_verification";
}
