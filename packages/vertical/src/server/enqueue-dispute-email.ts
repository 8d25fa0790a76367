import { formatMoney } from "@stepperslife/format";
import { enqueueEmail, type JobTransaction } from "@stepperslife/jobs";
import { renderEmail } from "@stepperslife/mail";
import { z } from "zod";

const disputeEmailSchema = z.strictObject({
  /** The payout account's owner (ConnectedAccountRecord.ownerEmail). */
  to: z.string().min(3),
  /** What the owner calls the business that was paid: a restaurant's name, an organizer's. */
  businessName: z.string().min(1),
  /** The order as the owner knows it, to follow "for": "order A127C8", "2 tickets to Spring Social (K7QX-M2PA-9RTD, …)". */
  orderLabel: z.string().min(1),
  amountCents: z.number().int().nonnegative(),
  currency: z.string().length(3),
  /** Stripe's dispute reason (fraudulent, product_not_received, …), said in words below. */
  reason: z.string(),
  /** The owner's payouts page, where the Stripe Express dashboard opens (absolute: it is clicked in a mail client). */
  payoutsUrl: z.url({ protocol: /^https?$/ }),
  /** Stripe's id (du_…): what the owner finds it by in Stripe's dashboard. */
  disputeId: z.string().min(1),
  /** The business paid: one email per dispute and business (one charge for a cart may have paid several shops). */
  businessId: z.string().min(1),
});

export type DisputeEmail = z.input<typeof disputeEmailSchema>;

// Stripe's reasons (Dispute.reason), as the customer's bank put it to the owner; any new one is said as Stripe spells it.
const reasonsInWords: Record<string, string> = {
  fraudulent: "the cardholder says they did not make or allow this payment",
  product_not_received: "the customer says they did not get what they paid for",
  duplicate: "the customer says they were charged twice for the same order",
  subscription_canceled: "the customer says they had cancelled and were charged anyway",
  unrecognized: "the customer does not recognise this payment on their statement",
  credit_not_processed: "the customer says a refund or credit they were promised never came",
  general: "the bank gave no specific reason",
  product_unacceptable: "the customer says what they got was faulty, damaged or not as described",
  customer_initiated: "the customer asked their bank to take the payment back",
  debit_not_authorized: "the customer says they did not authorise this payment",
  bank_cannot_process: "the bank could not process the payment",
  check_returned: "the bank returned the payment",
  incorrect_account_details: "the bank says the account details used were wrong",
  insufficient_funds: "the bank says the customer's account did not have enough money",
  noncompliant: "the bank says the payment broke the card network's rules",
};

/** Stripe's dispute reason as a plain clause ("the customer says they did not get what they paid for"). */
function disputeReasonInWords(reason: string): string {
  return reasonsInWords[reason] ?? (reason ? `the bank's reason: ${reason.replaceAll("_", " ")}` : "the bank gave no specific reason");
}

/**
 * Queues the business owner's email about a customer's bank disputing one of its card payments, in the transaction
 * that marked the payment disputed (CheckoutDomain.recordDispute): what happened, that the money is held, what to do
 * next and where. One per dispute and business (`dispute:<id>:<businessId>`), however often Stripe reports it.
 */
export async function enqueueDisputeEmail(tx: JobTransaction, input: DisputeEmail): Promise<void> {
  const email = disputeEmailSchema.parse(input);
  const amount = formatMoney(email.amountCents, email.currency);
  const reason = disputeReasonInWords(email.reason);
  const content = renderEmail({
    heading: `A payment to ${email.businessName} was disputed`,
    intro:
      `A customer's bank has disputed ${amount} paid to ${email.businessName} for ${email.orderLabel}: ${reason}. ` +
      `Stripe holds the ${amount} until the bank decides; if it decides for you, the money comes back to you. ` +
      "What to do now: open your Stripe Express dashboard from your payouts page and respond to the dispute before the " +
      "deadline Stripe shows there, with what shows the order was honoured (the receipt, when it was picked up or used, " +
      "your messages with the customer). If the customer is right, you can accept the dispute there instead.",
    rows: [
      { label: "Disputed amount", value: amount },
      { label: "Reason", value: reason.charAt(0).toUpperCase() + reason.slice(1) },
      { label: "Stripe dispute", value: email.disputeId },
    ],
    action: { label: "Open your payouts page", url: email.payoutsUrl },
    footer: `You get this email because you set up payouts for ${email.businessName} on SteppersLife.`,
  });
  const subject = `A payment to ${email.businessName} was disputed`;
  await enqueueEmail(tx, { to: email.to, subject, ...content }, { key: `dispute:${email.disputeId}:${email.businessId}` });
}
