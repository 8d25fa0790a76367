import { z } from "zod";
import { newStubId } from "./new-stub-id";
import { StubApiError, type StubLineItem, type StubSession } from "./stub-types";

const integer = z.string().regex(/^-?\d+$/, "expected an integer").transform(Number);
const url = z.url({ protocol: /^https?$/ });

// What Stripe requires of a one-off payment with inline prices; unknown parameters are refused as Stripe does.
const sessionParams = z
  .object({
    mode: z.literal("payment"),
    line_items: z
      .array(
        z.object({
          quantity: integer.pipe(z.number().int().min(1)),
          price_data: z.object({
            currency: z.string().regex(/^[a-z]{3}$/, "expected a three-letter ISO currency code in lower case"),
            unit_amount: integer.pipe(z.number().int().min(0)),
            product_data: z.object({ name: z.string().min(1) }),
          }),
        }),
      )
      .min(1),
    success_url: url,
    cancel_url: url.optional(),
    customer_email: z.email().optional(),
    client_reference_id: z.string().min(1).max(200).optional(),
    metadata: z.record(z.string(), z.string().max(500)).optional(),
    expires_at: integer.optional(),
    expand: z.array(z.string()).optional(),
  })
  .strict();

/** Validates a `POST /v1/checkout/sessions` body and builds the open session it describes. */
export function createCheckoutSession({ params, baseUrl, now }: { params: Record<string, unknown>; baseUrl: string; now: Date }) {
  const parsed = sessionParams.safeParse(params);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const param = bracketName(issue?.path ?? []);
    if (issue?.code === "unrecognized_keys") {
      throw new StubApiError(400, "invalid_request_error", `Received unknown parameter: ${issue.keys[0]}`, { param: issue.keys[0] });
    }
    const missing = issue?.code === "invalid_type" && issue.input === undefined;
    const message = missing ? `Missing required param: ${param}.` : `Invalid ${param}: ${issue?.message ?? "invalid value"}`;
    throw new StubApiError(400, "invalid_request_error", message, { param, code: missing ? "parameter_missing" : "parameter_invalid" });
  }
  const input = parsed.data;
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
    success_url: input.success_url,
    cancel_url: input.cancel_url ?? null,
    url: `${baseUrl}/pay/${id}`,
  };
  return { session, lineItems };
}

function bracketName(path: readonly PropertyKey[]): string {
  const [head, ...rest] = path.map(String);
  return `${head ?? ""}${rest.map((segment) => `[${segment}]`).join("")}`;
}
