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
}

/** What the stub remembers of one account: its objects and the answers it gave per Idempotency-Key. */
export interface AccountState {
  account: StubAccount;
  sessions: Map<string, { session: StubSession; lineItems: StubLineItem[] }>;
  paymentIntents: Map<string, StripeObject>;
  charges: Map<string, StripeObject>;
  idempotency: Map<string, { fingerprint: string; status: number; body: unknown }>;
}

export interface WebhookDelivery {
  eventId: string;
  type: string;
  url: string;
  /** HTTP status of the last attempt; null when the endpoint could not be reached. */
  status: number | null;
  attempts: number;
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
