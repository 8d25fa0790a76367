import { z } from "zod";
import { findTransferDestination } from "./find-transfer-destination";
import { newStubId } from "./new-stub-id";
import { parseStubParams } from "./parse-stub-params";
import { shippingCountries } from "./shipping-countries";
import { currency, expand, httpUrl, integer, metadata } from "./stub-params";
import { StubApiError, type AccountState, type StubLineItem, type StubPaymentIntentData, type StubSession } from "./stub-types";

// What Stripe requires of a one-off payment with inline prices; unknown parameters are refused as Stripe does.
const sessionParams = z
  .object({
    mode: z.literal("payment"),
    line_items: z
      .array(
        z.object({
          quantity: integer.pipe(z.number().int().min(1)),
          price_data: z.object({
            currency,
            unit_amount: integer.pipe(z.number().int().min(0)),
            product_data: z.object({ name: z.string().min(1) }),
          }),
        }),
      )
      .min(1),
    success_url: httpUrl,
    cancel_url: httpUrl.optional(),
    customer_email: z.email().optional(),
    client_reference_id: z.string().min(1).max(200).optional(),
    metadata: metadata.optional(),
    expires_at: integer.optional(),
    // A shipping address collected on the hosted page, in one of these countries (at least one; Stripe's list only).
    shipping_address_collection: z
      .strictObject({
        allowed_countries: z
          .array(z.string().refine((code) => shippingCountries.has(code), { error: "must be one of Stripe's two-letter shipping country codes" }))
          .min(1, { error: "must list at least one country" }),
      })
      .optional(),
    // Connect: a destination charge (money to a connected account, a fee kept) or a charge grouped for later transfers.
    payment_intent_data: z
      .strictObject({
        application_fee_amount: integer.pipe(z.number().int().min(0)).optional(),
        transfer_data: z.strictObject({ destination: z.string().min(1) }).optional(),
        transfer_group: z.string().min(1).optional(),
        metadata: metadata.optional(),
      })
      .optional(),
    expand: expand.optional(),
  })
  .strict();

/** Validates a `POST /v1/checkout/sessions` body and builds the open session it describes. */
export function createCheckoutSession({
  params,
  baseUrl,
  now,
  state,
}: {
  params: Record<string, unknown>;
  baseUrl: string;
  now: Date;
  state: AccountState;
}) {
  const input = parseStubParams(sessionParams, params);
  const created = Math.floor(now.getTime() / 1000);
  const expiresAt = input.expires_at ?? created + 24 * 60 * 60;
  // Stripe's own bounds for expires_at.
  if (expiresAt < created + 30 * 60 || expiresAt > created + 24 * 60 * 60) {
    throw new StubApiError(400, "invalid_request_error", "The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.", {
      param: "expires_at",
    });
  }
  const currencies = new Set(input.line_items.map((item) => item.price_data.currency));
  if (currencies.size > 1) {
    throw new StubApiError(400, "invalid_request_error", "All line items must use the same currency.", { param: "line_items" });
  }
  const lineItems: StubLineItem[] = input.line_items.map((item) => ({
    name: item.price_data.product_data.name,
    unitAmount: item.price_data.unit_amount,
    quantity: item.quantity,
    currency: item.price_data.currency,
  }));
  const amountTotal = lineItems.reduce((sum, item) => sum + item.unitAmount * item.quantity, 0);
  const paymentIntentData = readPaymentIntentData({ state, data: input.payment_intent_data, amountTotal });
  const id = newStubId("cs_test");
  const session: StubSession = {
    id,
    object: "checkout.session",
    mode: "payment",
    livemode: false,
    created,
    expires_at: expiresAt,
    status: "open",
    payment_status: "unpaid",
    payment_intent: null,
    amount_subtotal: amountTotal,
    amount_total: amountTotal,
    currency: [...currencies][0] ?? "usd",
    customer_email: input.customer_email ?? null,
    client_reference_id: input.client_reference_id ?? null,
    metadata: input.metadata ?? {},
    shipping_address_collection: input.shipping_address_collection ? { allowed_countries: [...new Set(input.shipping_address_collection.allowed_countries)] } : null,
    // What the buyer gives on the hosted page (the shipping address) lands here when the session completes.
    collected_information: null,
    success_url: input.success_url,
    cancel_url: input.cancel_url ?? null,
    url: `${baseUrl}/pay/${id}`,
  };
  return { session, lineItems, paymentIntentData };
}

type PaymentIntentDataInput = z.output<typeof sessionParams>["payment_intent_data"];

// Stripe checks the destination and the fee when the session is created, not when it is paid.
function readPaymentIntentData({
  state,
  data,
  amountTotal,
}: {
  state: AccountState;
  data: PaymentIntentDataInput;
  amountTotal: number;
}): StubPaymentIntentData {
  if (!data) return {};
  const destination = data.transfer_data?.destination;
  if (destination) findTransferDestination({ state, id: destination, param: "payment_intent_data[transfer_data][destination]" });
  const fee = data.application_fee_amount;
  if (fee !== undefined && !destination) {
    throw new StubApiError(
      400,
      "invalid_request_error",
      "Can only apply an application_fee_amount when the PaymentIntent is attempting a direct payment " +
        "(using an OAuth key or Stripe-Account header) or destination payment (using `transfer_data[destination]`).",
      { param: "payment_intent_data[application_fee_amount]" },
    );
  }
  if (fee !== undefined && fee > amountTotal) {
    const message = `The application fee (${fee}) cannot be greater than the Checkout Session's total (${amountTotal}).`;
    throw new StubApiError(400, "invalid_request_error", message, { param: "payment_intent_data[application_fee_amount]" });
  }
  return { applicationFeeAmount: fee, destination, transferGroup: data.transfer_group, metadata: data.metadata };
}
