import type { CheckoutLineItem } from "../create-checkout-session";
import type { PaidCheckout } from "../paid-checkout";

/** What marking a paid session's order paid came to; the flow decides from it whether to refund. */
export type MarkPaidOutcome =
  | { outcome: "paid"; orderId: string }
  /** already_paid: a duplicate; not_payable: the order can no longer be honoured (refund it); unknown_order: not ours. */
  | { outcome: "already_paid" | "not_payable" | "unknown_order"; orderId: string | null };

/**
 * The client a vertical's own code gets inside an interactive transaction of `Db` (Prisma's `$transaction(async (tx)
 * => …)`: `Prisma.TransactionClient`); `Db` itself for a client without interactive transactions.
 */
export type TransactionClientOf<Db> = Db extends { $transaction(fn: (tx: infer Tx) => never, ...rest: never[]): unknown } ? Tx : Db;

/** A customer's bank disputing one of the business's payments, as the vertical is told of it (once per dispute). */
export interface DisputedPayment<Db> {
  /** Inside the transaction that marked the ledger row disputed: what the vertical writes here commits with it. */
  db: TransactionClientOf<Db>;
  orderId: string;
  scopeId: string;
  businessId: string;
  /** What the bank took back (the charge less refunds), in the currency's minor unit. */
  amountCents: number;
  currency: string;
  /** Stripe's reason: fraudulent, product_not_received, duplicate, … */
  reason: string;
  /** Stripe's dispute id (du_…), e.g. to link the Stripe dashboard. */
  disputeId: string;
}

/** An order as Stripe Checkout is opened for it: prices read from the order itself, never from the request. */
export interface CheckoutOrder {
  lineItems: CheckoutLineItem[];
  currency: string;
  customerEmail: string;
  /** The id of the business resource the order belongs to (a restaurant, an event): its owner's log shows the events. */
  scopeId: string;
  /** Who is paid (a restaurant; an event's organizer): the business whose connected account receives the payment. */
  businessId: string;
  /**
   * One payment for several businesses (a cart across shops): the charge stays with this app, and after payment each
   * business is transferred its share less the platform fee (separate charges and transfers). The shares add up to at
   * most the line items' total; `scopeId` and `businessId` above are then the first share's. Read again after payment.
   */
  shares?: CheckoutShare[];
  /** Ask for a shipping address on Stripe's page, in these countries (two-letter codes): markPaid gets it. */
  shippingCountries?: string[];
}

/** One business's part of a payment made for several. */
export interface CheckoutShare {
  businessId: string;
  /** Its resource the order's part belongs to (a shop): its owner's log lists the order's events. */
  scopeId: string;
  /** What the customer pays for this business's part (its lines and shipping), in the currency's minor unit. */
  amountCents: number;
}

/**
 * What a vertical's orders do at each step of the checkout flow; everything else (Stripe, the webhook log, the
 * order in which things happen, the refund of a late payment) is the flow's, the same for every vertical.
 */
export interface CheckoutDomain<Db> {
  /**
   * The metadata key every session carries the scope id under (`restaurantId`, `eventId`); for an order with shares,
   * their scope ids joined with commas.
   */
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
  /**
   * A payment of one of this vertical's orders was disputed: mark the order and queue the owner's email (through
   * `db`, the transaction that marks the ledger row). Called exactly once per disputed payment, however often and
   * however concurrently Stripe delivers or an owner replays the event; if it throws, nothing is marked and Stripe's
   * retry calls it again.
   */
  recordDispute?(input: DisputedPayment<Db>): Promise<void>;
}
