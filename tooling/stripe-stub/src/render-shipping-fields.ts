import { escapeHtml } from "./escape-html";
import { plausibleShippingDetails } from "./shipping-details-for";
import type { StubShippingDetails } from "./stub-types";

/**
 * The hosted page's shipping address, inside the Pay form, as Checkout asks for it when the session collects one.
 * Prefilled with what the buyer typed (after a refused try) or a plausible address, so a test's "Pay" click works.
 */
export function renderShippingFields({ allowedCountries, shown }: { allowedCountries: readonly string[]; shown?: StubShippingDetails }): string {
  const country = shown?.address.country ?? (allowedCountries.includes("US") ? "US" : allowedCountries[0]);
  const value = shown ?? plausibleShippingDetails;
  const field = (name: string, label: string, text: string | null, required = true) =>
    `<label>${label}<input name="shipping_${name}" value="${escapeHtml(text ?? "")}"${required ? " required" : ""} autocomplete="shipping ${autocomplete[name]}"></label>`;
  const options = allowedCountries
    .map((code) => `<option value="${escapeHtml(code)}"${code === country ? " selected" : ""}>${escapeHtml(code)}</option>`)
    .join("");
  return `<fieldset><legend>Shipping address</legend>
${field("name", "Full name", value.name)}
${field("line1", "Address", value.address.line1)}
${field("line2", "Apartment, suite, etc. (optional)", value.address.line2, false)}
${field("city", "City", value.address.city)}
${field("state", "State or region", value.address.state, false)}
${field("postal_code", "Postal code", value.address.postal_code)}
<label>Country<select name="shipping_country" autocomplete="shipping country">${options}</select></label>
</fieldset>`;
}

const autocomplete: Record<string, string> = {
  name: "name",
  line1: "address-line1",
  line2: "address-line2",
  city: "address-level2",
  state: "address-level1",
  postal_code: "postal-code",
};

/** The address the page's form posted (its `shipping_*` fields), in the shape Checkout keeps it. */
export function readShippingFields(form: URLSearchParams): StubShippingDetails {
  const text = (name: string) => form.get(`shipping_${name}`) ?? "";
  return {
    name: text("name"),
    address: { line1: text("line1"), line2: text("line2"), city: text("city"), state: text("state"), postal_code: text("postal_code"), country: text("country") },
  };
}
