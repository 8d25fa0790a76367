import type { StubConnectedAccount } from "./connect-types";
import { StubApiError, type AccountState } from "./stub-types";

/**
 * The connected account money may be sent to, or Stripe's refusal: unknown to this platform → resource_missing;
 * not onboarded (no active `transfers` capability) → the capability error Stripe gives destination charges and transfers.
 */
export function findTransferDestination({ state, id, param }: { state: AccountState; id: string; param: string }): StubConnectedAccount {
  const destination = state.connectedAccounts.get(id);
  if (!destination) throw new StubApiError(400, "invalid_request_error", `No such destination: '${id}'`, { param, code: "resource_missing" });
  if (destination.capabilities.transfers !== "active") {
    throw new StubApiError(
      400,
      "invalid_request_error",
      "Your destination account needs to have at least one of the following capabilities enabled: transfers, crypto_transfers, legacy_payments",
      { param, code: "insufficient_capabilities_for_transfer" },
    );
  }
  return destination;
}
