import type { Payments } from "./create-payments";
import { toPaymentsError } from "./to-payments-error";

/**
 * Refunds a payment in full, or `amountCents` of it. Use one idempotency key per intended refund (e.g.
 * `refund-<orderId>`) so a double click or a retry cannot refund twice. Stripe then sends `charge.refunded`.
 * A destination charge (paid to a business's connected account) takes back the same share of the business's
 * transfer and gives back the same share of the platform fee, so each side returns what it received.
 */
export async function refundPayment(
  payments: Payments,
  input: { paymentIntentId: string; idempotencyKey: string; amountCents?: number },
): Promise<{ id: string; status: string }> {
  try {
    const intent = await payments.stripe.paymentIntents.retrieve(input.paymentIntentId);
    const connected = Boolean(intent.transfer_data?.destination);
    const refund = await payments.stripe.refunds.create(
      {
        payment_intent: input.paymentIntentId,
        ...(input.amountCents === undefined ? {} : { amount: input.amountCents }),
        ...(connected ? { reverse_transfer: true, refund_application_fee: true } : {}),
      },
      { idempotencyKey: input.idempotencyKey },
    );
    return { id: refund.id, status: refund.status ?? "pending" };
  } catch (error) {
    throw toPaymentsError(error);
  }
}
