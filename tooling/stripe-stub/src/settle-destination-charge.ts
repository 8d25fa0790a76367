import { createHash } from "node:crypto";
import type { StubApplicationFee } from "./connect-types";
import { newStubId } from "./new-stub-id";
import { recordBalanceTransaction } from "./record-balance-transaction";
import { recordTransfer } from "./record-transfer";
import type { AccountState, StubCharge } from "./stub-types";

/**
 * What Stripe does after a destination charge succeeds: the full charge amount is transferred to the connected
 * account, then the application fee is taken back from that payment to the platform. So `transfer.amount` is the
 * whole charge and the business keeps `amount − application_fee_amount`. The charge records both.
 */
export function settleDestinationCharge({
  state,
  charge,
  destination,
  applicationFeeAmount,
}: {
  state: AccountState;
  charge: StubCharge;
  destination: string;
  applicationFeeAmount: number | undefined;
}): void {
  // Stripe groups a destination charge's transfer under the payment intent when the platform names no group.
  const transferGroup = typeof charge.transfer_group === "string" ? charge.transfer_group : `group_${charge.payment_intent}`;
  const { amount, currency } = charge;
  const transfer = recordTransfer({ state, amount, currency, destination, sourceTransaction: charge.id, transferGroup });
  let feeId: string | null = null;
  if (applicationFeeAmount) {
    const id = newStubId("fee");
    const balance = recordBalanceTransaction({ state, type: "application_fee", amount: applicationFeeAmount, currency: charge.currency, source: id });
    const fee: StubApplicationFee = {
      id,
      object: "application_fee",
      account: destination,
      amount: applicationFeeAmount,
      amount_refunded: 0,
      application: `ca_${createHash("sha256").update(state.account.secretKey).digest("hex").slice(0, 24)}`,
      balance_transaction: balance.id,
      charge: transfer.destination_payment,
      created: balance.created,
      currency: charge.currency,
      fee_source: { charge: transfer.destination_payment, type: "charge" },
      livemode: false,
      originating_transaction: charge.id,
      refunded: false,
      refunds: { object: "list", data: [], has_more: false, total_count: 0, url: `/v1/application_fees/${id}/refunds` },
    };
    state.applicationFees.set(id, fee);
    feeId = id;
  }
  Object.assign(charge, {
    application_fee: feeId,
    application_fee_amount: applicationFeeAmount ?? null,
    transfer: transfer.id,
    transfer_data: { amount: null, destination },
    transfer_group: transferGroup,
  });
}
