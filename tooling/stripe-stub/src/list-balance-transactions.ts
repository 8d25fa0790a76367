import { z } from "zod";
import { parseStubParams } from "./parse-stub-params";
import { expand, integer } from "./stub-params";
import { paginateStubList } from "./paginate-stub-list";
import type { AccountState } from "./stub-types";

const range = z.strictObject({ gt: integer.optional(), gte: integer.optional(), lt: integer.optional(), lte: integer.optional() });

const listParams = z.strictObject({
  limit: integer.pipe(z.number().int().min(1).max(100)).optional(),
  created: z.union([integer, range]).optional(),
  starting_after: z.string().min(1).optional(),
  ending_before: z.string().min(1).optional(),
  type: z.string().min(1).optional(),
  source: z.string().min(1).optional(),
  currency: z.string().min(1).optional(),
  expand: expand.optional(),
});

/** `GET /v1/balance_transactions`: the platform's balance movements, newest first, in Stripe's list shape. */
export function listBalanceTransactions({ state, params }: { state: AccountState; params: Record<string, unknown> }) {
  const input = parseStubParams(listParams, params);
  const limit = input.limit ?? 10;
  const created = typeof input.created === "number" ? { gte: input.created, lte: input.created } : (input.created ?? {});
  const matching = [...state.balanceTransactions.values()].reverse().filter(
    (txn) =>
      (created.gt === undefined || txn.created > created.gt) &&
      (created.gte === undefined || txn.created >= created.gte) &&
      (created.lt === undefined || txn.created < created.lt) &&
      (created.lte === undefined || txn.created <= created.lte) &&
      (input.type === undefined || txn.type === input.type) &&
      (input.source === undefined || txn.source === input.source) &&
      (input.currency === undefined || txn.currency === input.currency),
  );
  return paginateStubList({
    matching,
    limit,
    startingAfter: input.starting_after,
    endingBefore: input.ending_before,
    object: "balance_transaction",
    url: "/v1/balance_transactions",
  });
}
