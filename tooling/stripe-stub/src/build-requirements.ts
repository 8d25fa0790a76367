import type { StubRequirements } from "./connect-types";

/**
 * An account's `requirements` as Stripe reports them: for a new Express account everything is due at once, so it
 * is also past due and the account is disabled for `requirements.past_due`; nothing due means nothing disabled.
 */
export function buildRequirements(currentlyDue: readonly string[]): StubRequirements {
  const due = [...currentlyDue].sort();
  return {
    alternatives: [],
    current_deadline: null,
    currently_due: due,
    disabled_reason: due.length > 0 ? "requirements.past_due" : null,
    errors: [],
    eventually_due: [...due],
    past_due: [...due],
    pending_verification: [],
  };
}
