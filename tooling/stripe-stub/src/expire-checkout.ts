import type { EmitEvent } from "./complete-checkout";
import { StubApiError, type AccountState, type StubSession } from "./stub-types";

/**
 * `POST /v1/checkout/sessions/:id/expire`, and what Stripe does by itself once `expires_at` passes:
 * an open session becomes expired and `checkout.session.expired` is sent.
 */
export async function expireCheckout({
  state,
  sessionId,
  emit,
  onlyIfDue = false,
}: {
  state: AccountState;
  sessionId: string;
  emit: EmitEvent;
  onlyIfDue?: boolean;
}): Promise<StubSession> {
  const entry = state.sessions.get(sessionId);
  if (!entry) throw new StubApiError(404, "invalid_request_error", `No such checkout.session: '${sessionId}'`, { code: "resource_missing" });
  const { session } = entry;
  if (onlyIfDue) {
    if (session.status !== "open" || session.expires_at > Date.now() / 1000) return session;
  } else if (session.status !== "open") {
    throw new StubApiError(400, "invalid_request_error", `Only Checkout Sessions with a status of \`open\` can be expired. This session has a status of \`${session.status}\`.`);
  }
  session.status = "expired";
  await emit(state, "checkout.session.expired", { ...session });
  return session;
}
