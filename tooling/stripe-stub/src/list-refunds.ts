import { z } from "zod";
import { paginateStubList } from "./paginate-stub-list";
import { parseStubParams } from "./parse-stub-params";
import { expand, integer } from "./stub-params";
import type { AccountState } from "./stub-types";

const listParams = z.strictObject({
  charge: z.string().min(1).optional(),
  payment_intent: z.string().min(1).optional(),
  limit: integer.pipe(z.number().int().min(1).max(100)).optional(),
  starting_after: z.string().min(1).optional(),
  ending_before: z.string().min(1).optional(),
  expand: expand.optional(),
});

/** `GET /v1/refunds`: the platform's refunds, newest first, optionally of one charge or payment intent. */
export function listRefunds({ state, params }: { state: AccountState; params: Record<string, unknown> }) {
  const input = parseStubParams(listParams, params);
  const matching = [...state.refunds.values()]
    .reverse()
    .filter(
      (refund) =>
        (input.charge === undefined || refund.charge === input.charge) && (input.payment_intent === undefined || refund.payment_intent === input.payment_intent),
    );
  return paginateStubList({ matching, limit: input.limit, startingAfter: input.starting_after, endingBefore: input.ending_before, object: "refund", url: "/v1/refunds" });
}
