import Stripe from "stripe";
import { createConnectedAccountStore } from "../connect/create-connected-account-store";
import type { Payments } from "../create-payments";
import type { RawSqlClient } from "../create-webhook-event-store";
import { toPaymentsError } from "../to-payments-error";
import { insertBusinessPayment } from "./insert-business-payment";
import { refundTotals } from "./refund-totals";

/**
 * recorded: this call wrote the row; already_recorded: an earlier one did; not_destination_charge: not a business's
 * payment; unknown_payment: Stripe has no such payment intent on this account (nothing it could ever record).
 */
export type RecordBusinessPaymentOutcome = "recorded" | "already_recorded" | "not_destination_charge" | "unknown_payment";

/**
 * Writes a paid order's payment into the business's ledger (business_payments), once per payment intent whatever
 * races it (the webhook and the success page fulfil the same session). The amounts are Stripe's own, read from the
 * payment intent and its charge, never from the order; only destination charges are a business's payments here (a
 * charge shared by several businesses is recorded per share by `recordBusinessShares`). A
 * destination that is not one of this app's accounts throws: Stripe charged for a business the app does not know.
 */
export async function recordBusinessPayment(input: {
  db: RawSqlClient;
  payments: Payments;
  paymentIntentId: string;
  orderId: string;
  scopeId: string;
}): Promise<RecordBusinessPaymentOutcome> {
  const { db, payments, paymentIntentId, orderId, scopeId } = input;
  let intent: Stripe.PaymentIntent;
  try {
    intent = await payments.stripe.paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge.application_fee"] });
  } catch (error) {
    // A retry cannot make it exist; Stripe being unreachable or busy, on the other hand, throws so the event is retried.
    if (error instanceof Stripe.errors.StripeError && error.statusCode === 404) {
      console.error(`order ${orderId}: payment ${paymentIntentId} is unknown to Stripe, so it is not in the payments ledger`);
      return "unknown_payment";
    }
    throw toPaymentsError(error);
  }
  const destination = idOf(intent.transfer_data?.destination);
  if (!destination) return "not_destination_charge";
  const account = await createConnectedAccountStore(db).findByAccount(destination);
  if (!account) {
    throw new Error(`payment ${paymentIntentId} of order ${orderId} went to ${destination}, which is not a connected account of this app`);
  }
  const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null;
  const chargeId = idOf(intent.latest_charge);
  const paidAt = new Date((charge?.created ?? intent.created) * 1000);
  // Refunds made before this row existed (a retry recording late) are in from the start; charge.refunded keeps them current.
  const { refundedCents, feeRefundedCents } = refundTotals(charge);
  const recorded = await insertBusinessPayment(db, {
    businessId: account.businessId,
    scopeId,
    orderId,
    paymentIntentId: intent.id,
    chargeId,
    connectedAccountId: destination,
    currency: intent.currency,
    grossCents: intent.amount_received,
    feeCents: intent.application_fee_amount ?? 0,
    refundedCents,
    feeRefundedCents,
    paidAt,
  });
  return recorded ? "recorded" : "already_recorded";
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === "string" ? value : value.id;
}
