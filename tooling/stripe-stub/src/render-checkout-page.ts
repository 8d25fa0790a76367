import { escapeHtml } from "./escape-html";
import { fillSuccessUrl } from "./fill-success-url";
import { formatAmount } from "./format-amount";
import { renderShippingFields } from "./render-shipping-fields";
import type { StubLineItem, StubSession, StubShippingDetails } from "./stub-types";

/**
 * The hosted checkout page a session's `url` points at. It says plainly that it is a local stand-in, shows
 * what is being bought, asks for the shipping address when the session collects one, and offers one "Pay $12.50"
 * button (a form POST) and a "Cancel" link to cancel_url. After a refused address it shows why, and what was typed.
 */
export function renderCheckoutPage({
  session,
  lineItems,
  refused,
}: {
  session: StubSession;
  lineItems: StubLineItem[];
  refused?: { message: string; shippingDetails: StubShippingDetails };
}): string {
  const total = formatAmount(session.amount_total, session.currency);
  const rows = lineItems
    .map(
      (item) =>
        `<tr><td>${escapeHtml(item.name)}</td><td class="n">${item.quantity}</td><td class="n">${formatAmount(item.unitAmount * item.quantity, item.currency)}</td></tr>`,
    )
    .join("");
  const allowedCountries = session.shipping_address_collection?.allowed_countries;
  const shipping = allowedCountries ? renderShippingFields({ allowedCountries, shown: refused?.shippingDetails }) : "";
  const alert = refused ? `<p role="alert" class="alert">${escapeHtml(refused.message)}</p>` : "";
  const action =
    session.status === "open"
      ? `${alert}<form method="post" action="/pay/${encodeURIComponent(session.id)}">${shipping}` +
        `<button type="submit" name="pay" id="pay">Pay ${total}</button></form>` +
        (session.cancel_url ? `<p><a id="cancel" href="${escapeHtml(session.cancel_url)}">Cancel</a></p>` : "")
      : session.status === "complete"
        ? `<p role="status">This checkout is paid. <a href="${escapeHtml(fillSuccessUrl(session))}">Back to the shop</a></p>`
        : `<p role="status">This checkout has expired and can no longer be paid.</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Test checkout</title>
<style>
  body { font-family: system-ui, sans-serif; max-width: 32rem; margin: 2rem auto; padding: 0 1rem; color: #1a1a1a; }
  .banner { background: #fff4d6; border: 1px solid #e0b84c; padding: .75rem 1rem; border-radius: .5rem; }
  table { width: 100%; border-collapse: collapse; margin: 1rem 0; }
  td, th { padding: .4rem 0; border-bottom: 1px solid #ddd; text-align: left; }
  .n { text-align: right; }
  fieldset { border: 1px solid #ddd; border-radius: .5rem; margin: 0 0 1rem; padding: .5rem 1rem 1rem; }
  label { display: block; margin-top: .5rem; font-size: .9rem; }
  input, select { display: block; width: 100%; box-sizing: border-box; font-size: 1rem; padding: .35rem; margin-top: .15rem; }
  .alert { color: #9b1c1c; }
  button { font-size: 1.1rem; padding: .6rem 1.4rem; background: #4f46e5; color: white; border: 0; border-radius: .4rem; cursor: pointer; }
</style>
</head>
<body>
<h1>Test checkout</h1>
<p class="banner"><strong>Local test stand-in for Stripe.</strong> No card is needed and no money moves: "Pay" marks this checkout paid and notifies the shop, as Stripe would.</p>
<table>
<thead><tr><th>Item</th><th class="n">Qty</th><th class="n">Amount</th></tr></thead>
<tbody>${rows}</tbody>
<tfoot><tr><th>Total</th><td></td><th class="n">${total}</th></tr></tfoot>
</table>
${session.customer_email ? `<p>Receipt to ${escapeHtml(String(session.customer_email))}</p>` : ""}
${action}
</body>
</html>
`;
}
