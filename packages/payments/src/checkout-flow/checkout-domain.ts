import type { CheckoutLineItem } from "../create-checkout-session";
import type { PaidCheckout } from "../paid-checkout";

/** What marking a paid session's order paid came to; the flow decides from it whether to refund. */
export type MarkPaidOutcome =
  | { outcome: "paid"; orderId: string }
  /** already_paid: a duplicate; not_payable: the order can no longer be honoured (refund it); unknown_order: not ours. */
  | { outcome: "already_paid" | "not_payable" | "unknown_order"; orderId: string | null };

/** An order as Stripe Checkout is opened for it: prices read from the order itself, never from the request. */
export interface CheckoutOrder {
  lineItems: CheckoutLineItem[];
  currency: string;
  customerEmail: string;
  /** The id of the business resource the order belongs to (a restaurant, an event): its owner's log shows the events. */
  scopeId: string;
  /** Who is paid (a restaurant; an event's organizer): the business whose connected account receives the payment. */
  businessId: string;
}

/**
 * What a vertical's orders do at each step of the checkout flow; everything else (Stripe, the webhook log, the
 * order in which things happen, the refund of a late payment) is the flow's, the same for every vertical.
 */
export interface CheckoutDomain<Db> {
  /** The metadata key every session carries the scope id under (`restaurantId`, `eventId`). */
  scopeKey: string;
  /** Said when an owner asks for a webhook event that is not about their business. */
  notOwnedMessage: string;
  /** Said when the business cannot take card payments (its payout account is missing or on hold at Stripe). */
  noCardPaymentsMessage: string;
  loadCheckoutOrder(input: { db: Db; orderId: string }): Promise<CheckoutOrder>;
  saveCheckoutSession(input: { db: Db; orderId: string; checkoutSessionId: string; checkoutUrl: string }): Promise<void>;
  /** Stripe could not be reached while opening checkout: the order is cancelled (its stock or seats released). */
  cancelUnstartedOrder(input: { db: Db; orderId: string }): Promise<void>;
  /** Marks the order paid exactly once, queueing what follows (its email) in the same transaction. */
  markPaid(input: { db: Db; checkout: PaidCheckout }): Promise<MarkPaidOutcome>;
  /** Cancels the unpaid order of an expired session; true when this call did. */
  cancelUnpaid(input: { db: Db; checkoutSessionId: string }): Promise<boolean>;
  /** Records a late payment's refund on its order, at most once (and tells the customer when that is due). */
  recordLateRefund(input: { db: Db; orderId: string; refundId: string; paymentIntentId: string; now: Date }): Promise<void>;
  findOrderCheckout(input: { db: Db; orderId: string }): Promise<{ checkoutSessionId: string | null; paidAt: Date | null } | null>;
  /** The scope ids (restaurants, events) this owner may see the payment events of. */
  listOwnedScopeIds(input: { db: Db; ownerId: string }): Promise<string[]>;
}
