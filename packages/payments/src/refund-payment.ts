import type { Payments } from "./create-payments";
import { toPaymentsError } from "./to-payments-error";

/**
 * Refunds a payment in full, or `amountCents` of it. Use one idempotency key per intended refund (e.g.
 * `refund-<orderId>`) so a double click or a retry cannot refund twice. Stripe then sends `charge.refunded`.
 */
export async function refundPayment(
  payments: Payments,
  input: { paymentIntentId: string; idempotencyKey: string; amountCents?: number },
): Promise<{ id: string; status: string }> {
  try {
    const refund = await payments.stripe.refunds.create(
      { payment_intent: input.paymentIntentId, ...(input.amountCents === undefined ? {} : { amount: input.amountCents }) },
      { idempotencyKey: input.idempotencyKey },
    );
    return { id: refund.id, status: refund.status ?? "pending" };
  } catch (error) {
    throw toPaymentsError(error);
  }
}
