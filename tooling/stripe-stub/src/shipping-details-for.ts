import { StubApiError, type StubSession, type StubShippingDetails, type StubShippingInput } from "./stub-types";

/** What the hosted page offers until the buyer types their own: a real-looking address, so "Pay" works as it is. */
export const plausibleShippingDetails: StubShippingDetails = {
  name: "Ada Stepper",
  address: { line1: "1200 S Michigan Ave", line2: null, city: "Chicago", state: "IL", postal_code: "60605", country: "US" },
};

/**
 * The shipping address a session completes with: null when it collects none (and then none may be given), else the
 * one given, checked as Checkout's form checks it (name, street, city and postal code filled in, the country one the
 * session allows), or the plausible address above, moved to the first allowed country when the US is not one.
 */
export function shippingDetailsFor(session: StubSession, given: StubShippingInput | undefined): StubShippingDetails | null {
  const allowed = session.shipping_address_collection?.allowed_countries;
  if (!allowed) {
    if (given) throw new StubApiError(400, "invalid_request_error", `Checkout Session ${session.id} does not collect a shipping address.`);
    return null;
  }
  if (!given) {
    const country = allowed.includes("US") ? "US" : allowed[0]!;
    return { ...plausibleShippingDetails, address: { ...plausibleShippingDetails.address, country } };
  }
  const trimmed = (value: string | null | undefined) => value?.trim() ?? "";
  const address = {
    line1: trimmed(given.address.line1),
    line2: trimmed(given.address.line2) || null,
    city: trimmed(given.address.city),
    state: trimmed(given.address.state) || null,
    postal_code: trimmed(given.address.postal_code),
    country: trimmed(given.address.country).toUpperCase(),
  };
  const name = trimmed(given.name);
  const missing = Object.entries({ name, line1: address.line1, city: address.city, postal_code: address.postal_code }).find(([, value]) => !value);
  if (missing) throw new StubApiError(400, "invalid_request_error", `The shipping address needs its ${missing[0].replace("_", " ")}.`, { param: missing[0] });
  if (!allowed.includes(address.country)) {
    throw new StubApiError(400, "invalid_request_error", `This checkout ships only to ${allowed.join(", ")}, not to "${address.country}".`, { param: "country" });
  }
  return { name, address };
}
