import { z } from "zod";
import { parseStubParams } from "./parse-stub-params";
import { refundApplicationFee } from "./refund-application-fee";
import { expand, metadata, positiveAmount } from "./stub-params";
import { StubApiError, type AccountState, type StripeObject } from "./stub-types";

const feeRefundParams = z.strictObject({ amount: positiveAmount.optional(), metadata: metadata.optional(), expand: expand.optional() });

/** `POST /v1/application_fees/:id/refunds`: gives all that is left of the fee, or `amount` of it, back to the business. */
export function createApplicationFeeRefund({
  state,
  feeId,
  params,
}: {
  state: AccountState;
  feeId: string;
  params: Record<string, unknown>;
}): StripeObject {
  const input = parseStubParams(feeRefundParams, params);
  const fee = state.applicationFees.get(feeId);
  if (!fee) throw new StubApiError(404, "invalid_request_error", `No such application fee: '${feeId}'`, { code: "resource_missing" });
  return refundApplicationFee({ state, fee, amount: input.amount, metadata: input.metadata });
}
