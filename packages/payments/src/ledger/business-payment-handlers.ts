import type Stripe from "stripe";
import type { DisputedPayment } from "../checkout-flow/checkout-domain";
import type { Payments } from "../create-payments";
import type { RawSqlClient } from "../create-webhook-event-store";
import type { WebhookHandlers } from "../run-webhook-handler";
import { applyChargeDispute } from "./apply-charge-dispute";
import { applyChargeRefund } from "./apply-charge-refund";

/**
 * The events that change a business's recorded payments: refunds (whoever made them, the app or the Stripe
 * dashboard) and disputes, from opened to won or lost. Each reads the current object from Stripe, so all of them
 * are safe to run again; a charge that is not in the ledger is "ignored".
 */
export function businessPaymentHandlers<Db extends RawSqlClient>({
  db,
  payments,
  recordDispute,
}: {
  db: () => Db;
  payments: () => Payments | null;
  recordDispute?: (input: DisputedPayment<Db>) => Promise<void>;
}): WebhookHandlers {
  const requirePayments = () => {
    const account = payments();
    // A signed event cannot arrive without this app's Stripe keys; failing keeps it in the log for a replay.
    if (!account) throw new Error("a Stripe event arrived, but this app has no Stripe keys to read its objects with");
    return account;
  };
  const outcome = (changed: boolean) => (changed ? "processed" : "ignored");
  const dispute = async (event: Stripe.Event) => {
    const disputeId = (event.data.object as Stripe.Dispute).id;
    return outcome(await applyChargeDispute({ db: db(), payments: requirePayments(), disputeId, recordDispute }));
  };
  return {
    "charge.refunded": async (event) =>
      outcome(await applyChargeRefund({ db: db(), payments: requirePayments(), chargeId: (event.data.object as Stripe.Charge).id })),
    "charge.dispute.created": dispute,
    "charge.dispute.updated": dispute,
    "charge.dispute.closed": dispute,
  };
}
