import { z } from "zod";
import { parseStubParams } from "./parse-stub-params";
import { proportionalShare } from "./proportional-share";
import { refundApplicationFee } from "./refund-application-fee";
import { reverseTransfer } from "./reverse-transfer";
import { boolean, expand, metadata, positiveAmount } from "./stub-params";
import { StubApiError, type AccountState, type StripeObject } from "./stub-types";

const reversalParams = z.strictObject({
  amount: positiveAmount.optional(),
  description: z.string().optional(),
  metadata: metadata.optional(),
  refund_application_fee: boolean.optional(),
  expand: expand.optional(),
});

/**
 * `POST /v1/transfers/:id/reversals`: all that is left of the transfer, or `amount` of it. `refund_application_fee`
 * gives back the same share of the application fee taken on the charge the transfer came from.
 */
export function createTransferReversal({
  state,
  transferId,
  params,
}: {
  state: AccountState;
  transferId: string;
  params: Record<string, unknown>;
}): StripeObject {
  const input = parseStubParams(reversalParams, params);
  const transfer = state.transfers.get(transferId);
  if (!transfer) throw new StubApiError(404, "invalid_request_error", `No such transfer: '${transferId}'`, { code: "resource_missing" });
  const left = transfer.amount - transfer.amount_reversed;
  const charge = transfer.source_transaction ? state.charges.get(transfer.source_transaction) : undefined;
  const fee = charge?.application_fee ? state.applicationFees.get(charge.application_fee) : undefined;
  const reversal = reverseTransfer({ state, transfer, amount: input.amount, metadata: input.metadata });
  if (input.refund_application_fee && fee) {
    const amount = Number(reversal.amount);
    const feeLeft = fee.amount - fee.amount_refunded;
    const feeRefunded = proportionalShare({ part: amount, whole: transfer.amount, total: fee.amount, left: feeLeft, final: amount === left });
    if (feeRefunded > 0) refundApplicationFee({ state, fee, amount: feeRefunded });
  }
  return reversal;
}
