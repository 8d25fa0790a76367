import type Stripe from "stripe";
import type { Payments } from "../create-payments";
import { toPaymentsError } from "../to-payments-error";
import type { ConnectedAccountRecord, ConnectedAccountStore } from "./create-connected-account-store";

/** The business types Stripe's Express onboarding asks about, in the words the "Get paid" form offers. */
export const BUSINESS_TYPES = ["individual", "company", "non_profit"] as const satisfies readonly Stripe.AccountCreateParams.BusinessType[];
export type BusinessType = (typeof BUSINESS_TYPES)[number];

export interface StartOnboardingInput {
  businessId: string;
  ownerId: string;
  /** Two letters (ISO 3166-1), as Stripe takes it; fixed once the account exists. */
  country: string;
  businessType: BusinessType;
  /** The signed-in owner's email: given to Stripe for the account, and kept as where the app tells them of disputes. */
  email: string;
  /** Where Stripe sends the owner back when they finish or leave (the vertical's own "Get paid" page). */
  returnUrl: string;
  /** Where Stripe sends them when the link has expired or was used: a route that makes a fresh link. */
  refreshUrl: string;
}

/**
 * The "Get paid" button: the business's Express account (created on first use, one per business whatever races),
 * then a fresh Account Link into Stripe's hosted onboarding. Returns the URL to send the owner to. The owner who set
 * the account up coming back keeps their email current on it (the app's only copy: the portal owns accounts).
 */
export async function startOnboarding(payments: Payments, store: ConnectedAccountStore, input: StartOnboardingInput): Promise<{ url: string }> {
  try {
    const existing = await keepOwnerEmailCurrent(store, input, await store.findByBusiness(input.businessId));
    const record =
      existing ??
      (await store.record({
        account: await payments.stripe.accounts.create(
          {
            type: "express",
            country: input.country,
            business_type: input.businessType,
            email: input.email,
            capabilities: { card_payments: { requested: true }, transfers: { requested: true } },
            metadata: { businessId: input.businessId },
          },
          // Two clicks at once make one account. The key names the owner and their answers too: a business handed to
          // a new owner (a demo taken over) gets an account of its own, and a changed answer is not refused as a replay.
          { idempotencyKey: ["connected-account", input.businessId, input.ownerId, input.country, input.businessType].join("-") },
        ),
        businessId: input.businessId,
        ownerId: input.ownerId,
        ownerEmail: input.email,
        businessType: input.businessType,
      }));
    return await createOnboardingLink(payments, { accountId: record.id, returnUrl: input.returnUrl, refreshUrl: input.refreshUrl });
  } catch (error) {
    throw toPaymentsError(error);
  }
}

/**
 * The owner who set the account up, back at onboarding: their email as the portal has it now. Anyone else (the business
 * changed hands since) leaves it as it is: the account, and its email, stay its first owner's.
 */
async function keepOwnerEmailCurrent(store: ConnectedAccountStore, input: StartOnboardingInput, existing: ConnectedAccountRecord | null) {
  if (!existing || existing.ownerId !== input.ownerId || existing.ownerEmail === input.email) return existing;
  return (await store.updateOwnerEmail({ businessId: input.businessId, ownerId: input.ownerId, ownerEmail: input.email })) ?? existing;
}

/** A one-time link into Stripe's hosted onboarding for an existing account (Account Links expire within minutes). */
export async function createOnboardingLink(
  payments: Payments,
  { accountId, returnUrl, refreshUrl }: { accountId: string; returnUrl: string; refreshUrl: string },
): Promise<{ url: string }> {
  try {
    const link = await payments.stripe.accountLinks.create({ account: accountId, return_url: returnUrl, refresh_url: refreshUrl, type: "account_onboarding" });
    return { url: link.url };
  } catch (error) {
    throw toPaymentsError(error);
  }
}
