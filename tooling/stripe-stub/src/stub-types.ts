import type { StubAccountLink, StubApplicationFee, StubBalanceTransaction, StubConnectedAccount, StubTransfer } from "./connect-types";

/** One Stripe account the stub pretends to be: requests carrying `secretKey` act on it, its events go to `webhookUrl`. */
export interface StubAccount {
  secretKey: string;
  webhookSecret: string;
  webhookUrl: string;
}

export interface StubLineItem {
  name: string;
  unitAmount: number;
  quantity: number;
  currency: string;
}

/** A Stripe object as the stub keeps it: plain JSON, returned to the SDK as it is. */
export type StripeObject = Record<string, unknown> & { id: string; object: string };

export interface StubSession extends StripeObject {
  object: "checkout.session";
  status: "open" | "complete" | "expired";
  payment_status: "paid" | "unpaid" | "no_payment_required";
  payment_intent: string | null;
  amount_total: number;
  currency: string;
  success_url: string;
  cancel_url: string | null;
  expires_at: number;
  shipping_address_collection: { allowed_countries: string[] } | null;
  collected_information: { business_name: null; individual_name: null; shipping_details: StubShippingDetails | null } | null;
}

/** A shipping address as Checkout collects it (`collected_information.shipping_details`). */
export interface StubShippingDetails {
  name: string;
  address: { line1: string; line2: string | null; city: string; state: string | null; postal_code: string; country: string };
}

/** A shipping address as a test gives it to `completeCheckout`: the optional lines may be left out. */
export interface StubShippingInput {
  name: string;
  address: { line1: string; line2?: string | null; city: string; state?: string | null; postal_code: string; country: string };
}

/** What `payment_intent_data` asked of the payment a session will make (Stripe keeps it off the session object). */
export interface StubPaymentIntentData {
  applicationFeeAmount?: number;
  destination?: string;
  transferGroup?: string;
  metadata?: Record<string, string>;
}

export interface StubCharge extends StripeObject {
  object: "charge";
  amount: number;
  amount_refunded: number;
  currency: string;
  payment_intent: string;
  application_fee: string | null;
  transfer: string | null;
  disputed: boolean;
}

/** What the stub remembers of one account: its objects and the answers it gave per Idempotency-Key. */
export interface AccountState {
  account: StubAccount;
  sessions: Map<string, { session: StubSession; lineItems: StubLineItem[]; paymentIntentData: StubPaymentIntentData }>;
  paymentIntents: Map<string, StripeObject>;
  charges: Map<string, StubCharge>;
  refunds: Map<string, StripeObject>;
  idempotency: Map<string, { fingerprint: string; status: number; body: unknown }>;
  /** Express accounts this platform created; no other platform can see them. */
  connectedAccounts: Map<string, StubConnectedAccount>;
  /** Onboarding links by the token in their URL. */
  accountLinks: Map<string, StubAccountLink>;
  transfers: Map<string, StubTransfer>;
  transferReversals: Map<string, StripeObject>;
  applicationFees: Map<string, StubApplicationFee>;
  feeRefunds: Map<string, StripeObject>;
  balanceTransactions: Map<string, StubBalanceTransaction>;
  disputes: Map<string, StripeObject>;
}

export interface WebhookDelivery {
  eventId: string;
  type: string;
  url: string;
  /** HTTP status of the last attempt; null when the endpoint could not be reached. */
  status: number | null;
  attempts: number;
}

/** What a browser-facing page answers. */
export interface StubPageAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A failed request, answered in Stripe's own error shape so the SDK raises the matching error class. */
export class StubApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    readonly extra: { code?: string; param?: string } = {},
  ) {
    super(message);
  }
}
