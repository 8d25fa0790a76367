import type { JobTransaction } from "@stepperslife/jobs";
import { describe, expect, it } from "vitest";
import { enqueueDisputeEmail, type DisputeEmail } from "./enqueue-dispute-email";

/** Records what would have been sent to the database: graphile-worker's add_job and its arguments. */
function recordingTransaction(): JobTransaction & { calls: unknown[][] } {
  const calls: unknown[][] = [];
  return { calls, $executeRawUnsafe: async (...args: unknown[]) => (calls.push(args), 1) };
}

interface QueuedEmail {
  task: string;
  key: string;
  mode: string;
  message: { to: string; subject: string; text: string; html: string };
}

function queued(tx: ReturnType<typeof recordingTransaction>): QueuedEmail[] {
  return tx.calls.map(([, task, payload, , , , key, , mode]) => ({
    task: task as string,
    key: key as string,
    mode: mode as string,
    message: JSON.parse(payload as string) as QueuedEmail["message"],
  }));
}

const soulKitchen: DisputeEmail = {
  to: "owner@soulkitchen.example",
  businessName: "Soul Kitchen",
  orderLabel: "order A127C8",
  amountCents: 3897,
  currency: "usd",
  reason: "product_not_received",
  payoutsUrl: "https://restaurants.stepperslife.test/dashboard/restaurants/r1/payouts",
  disputeId: "du_123",
  businessId: "restaurant-1",
};

describe("enqueueDisputeEmail", () => {
  it("tells the owner what was disputed, why, that Stripe holds the money, and what to do, once per dispute", async () => {
    const tx = recordingTransaction();
    await enqueueDisputeEmail(tx, soulKitchen);
    const [email, ...others] = queued(tx);
    expect(others).toEqual([]);
    expect(email).toMatchObject({ task: "send-email", key: "send-email:dispute:du_123:restaurant-1", mode: "unsafe_dedupe" });
    const { to, subject, text, html } = email!.message;
    expect(to).toBe("owner@soulkitchen.example");
    expect(subject).toBe("A payment to Soul Kitchen was disputed");
    const said = "A customer's bank has disputed $38.97 paid to Soul Kitchen for order A127C8: the customer says they did not get what they paid for.";
    expect(text).toContain(said);
    expect(text).toContain("Stripe holds the $38.97 until the bank decides");
    expect(text).toContain("open your Stripe Express dashboard from your payouts page and respond to the dispute");
    expect(text).toContain("Reason: The customer says they did not get what they paid for");
    expect(text).toContain("Stripe dispute: du_123");
    expect(text).toContain("Open your payouts page: https://restaurants.stepperslife.test/dashboard/restaurants/r1/payouts");
    expect(text).toContain("You get this email because you set up payouts for Soul Kitchen on SteppersLife.");
    expect(html).toContain('href="https://restaurants.stepperslife.test/dashboard/restaurants/r1/payouts"');
    expect(html).toContain("<h1 style=\"font-size:20px;margin:0 0 16px;\">A payment to Soul Kitchen was disputed</h1>");
  });

  it.each([
    ["fraudulent", "the cardholder says they did not make or allow this payment"],
    ["duplicate", "the customer says they were charged twice for the same order"],
    ["subscription_canceled", "the customer says they had cancelled and were charged anyway"],
    ["unrecognized", "the customer does not recognise this payment on their statement"],
    ["credit_not_processed", "the customer says a refund or credit they were promised never came"],
    ["general", "the bank gave no specific reason"],
    ["product_unacceptable", "the customer says what they got was faulty, damaged or not as described"],
    ["a_reason_stripe_adds_later", "the bank's reason: a reason stripe adds later"],
  ])("says Stripe's reason %s in words", async (reason, words) => {
    const tx = recordingTransaction();
    await enqueueDisputeEmail(tx, { ...soulKitchen, reason });
    const [email] = queued(tx);
    expect(email!.message.text).toContain(`for order A127C8: ${words}.`);
    expect(email!.message.text).not.toContain(`: ${reason}.`);
  });

  it("says the amount in the payment's currency and escapes names in the HTML", async () => {
    const tx = recordingTransaction();
    await enqueueDisputeEmail(tx, { ...soulKitchen, businessName: `Ada's <b>Bar</b> & Grill`, amountCents: 120000, currency: "eur" });
    const [email] = queued(tx);
    expect(email!.message.subject).toBe("A payment to Ada's <b>Bar</b> & Grill was disputed");
    expect(email!.message.text).toContain("disputed €1,200.00 paid to Ada's <b>Bar</b> & Grill");
    expect(email!.message.html).toContain("Ada&#39;s &lt;b&gt;Bar&lt;/b&gt; &amp; Grill");
    expect(email!.message.html).not.toContain("<b>Bar</b>");
  });

  it("refuses a link that is not http(s) or an amount that is not whole cents, queueing nothing", async () => {
    const tx = recordingTransaction();
    await expect(enqueueDisputeEmail(tx, { ...soulKitchen, payoutsUrl: "javascript:alert(1)" })).rejects.toThrow(/payoutsUrl/);
    await expect(enqueueDisputeEmail(tx, { ...soulKitchen, payoutsUrl: "/dashboard/payouts" })).rejects.toThrow(/payoutsUrl/);
    await expect(enqueueDisputeEmail(tx, { ...soulKitchen, amountCents: 38.97 })).rejects.toThrow(/amountCents/);
    expect(tx.calls).toEqual([]);
  });
});
