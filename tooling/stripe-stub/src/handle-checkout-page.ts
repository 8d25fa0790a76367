import { type EmitEvent, completeCheckout } from "./complete-checkout";
import { expireCheckout } from "./expire-checkout";
import { fillSuccessUrl } from "./fill-success-url";
import { renderCheckoutPage } from "./render-checkout-page";
import { readShippingFields } from "./render-shipping-fields";
import { StubApiError, type AccountState } from "./stub-types";

const html = { "content-type": "text/html; charset=utf-8" };

/**
 * The browser side of a session: GET shows the page; POST (the Pay button, with the shipping address when the
 * session collects one) completes the checkout, delivers the webhook, then sends the browser to success_url with
 * 303 as Stripe does. An address Checkout would refuse shows the page again (400) with why. Paying twice is harmless.
 */
export async function handleCheckoutPage({
  method,
  state,
  sessionId,
  emit,
  form = new URLSearchParams(),
}: {
  method: string;
  /** The POSTed form (application/x-www-form-urlencoded). */
  form?: URLSearchParams;
  state: AccountState | undefined;
  sessionId: string;
  emit: EmitEvent;
}): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const entry = state?.sessions.get(sessionId);
  if (!state || !entry) return { status: 404, headers: html, body: "<!doctype html><title>Test checkout</title><h1>No such checkout</h1>" };
  await expireCheckout({ state, sessionId, emit, onlyIfDue: true });
  if (method === "GET" || method === "HEAD") {
    return { status: entry.session.status === "expired" ? 410 : 200, headers: html, body: renderCheckoutPage(entry) };
  }
  if (method !== "POST") return { status: 405, headers: { ...html, allow: "GET, POST" }, body: "Method not allowed" };
  const open = entry.session.status === "open";
  const shippingDetails = open && entry.session.shipping_address_collection ? readShippingFields(form) : undefined;
  try {
    const session = await completeCheckout({ state, sessionId, emit, shippingDetails });
    return { status: 303, headers: { location: fillSuccessUrl(session) }, body: "" };
  } catch (error) {
    if (!(error instanceof StubApiError)) throw error;
    if (entry.session.status !== "open" || !shippingDetails) return { status: 410, headers: html, body: renderCheckoutPage(entry) };
    return { status: 400, headers: html, body: renderCheckoutPage({ ...entry, refused: { message: error.message, shippingDetails } }) };
  }
}
