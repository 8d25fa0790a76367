import type { StubSession } from "./stub-types";

/** success_url with Stripe's `{CHECKOUT_SESSION_ID}` template filled in, as Stripe redirects after payment. */
export function fillSuccessUrl(session: StubSession): string {
  return session.success_url.replaceAll("{CHECKOUT_SESSION_ID}", session.id);
}
