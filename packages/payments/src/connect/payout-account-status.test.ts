import { describe, expect, it } from "vitest";
import { payoutAccountFacts, payoutAccountStatus } from "./payout-account-status";

const fresh = { charges_enabled: false, payouts_enabled: false, details_submitted: false, requirements: { currently_due: ["external_account"] } };

describe("payoutAccountStatus", () => {
  it("reads a new account as details needed, a submitted one as pending, an enabled one as paid out", () => {
    expect(payoutAccountStatus(payoutAccountFacts(fresh as never))).toBe("details_needed");
    expect(payoutAccountStatus({ chargesEnabled: false, payoutsEnabled: false, detailsSubmitted: true, requirementsDue: [] })).toBe("pending_verification");
    expect(payoutAccountStatus({ chargesEnabled: true, payoutsEnabled: true, detailsSubmitted: true, requirementsDue: [] })).toBe("payouts_enabled");
  });

  it("asks for details again when Stripe wants more after a submission, and copies what is due", () => {
    const asked = payoutAccountFacts({ ...fresh, details_submitted: true, requirements: { currently_due: ["individual.id_number"] } } as never);
    expect(asked.requirementsDue).toEqual(["individual.id_number"]);
    expect(payoutAccountStatus(asked)).toBe("details_needed");
    expect(payoutAccountStatus({ chargesEnabled: true, payoutsEnabled: false, detailsSubmitted: true, requirementsDue: [] })).toBe("pending_verification");
  });
});
