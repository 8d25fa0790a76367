import { z } from "zod";
import { parseStubParams } from "./parse-stub-params";
import { expand, integer } from "./stub-params";
import { StubApiError, type AccountState } from "./stub-types";

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

/**
 * `GET /v1/balance_transactions`: the platform's balance movements, newest first, in Stripe's list shape and with
 * its cursors (`starting_after`, `ending_before`) so the SDK's auto-pagination works.
 */
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
  const cursorIndex = (id: string, param: string) => {
    const index = matching.findIndex((txn) => txn.id === id);
    if (index < 0) throw new StubApiError(400, "invalid_request_error", `No such balance_transaction: '${id}'`, { param, code: "resource_missing" });
    return index;
  };
  let page;
  let hasMore;
  if (input.starting_after !== undefined) {
    const after = matching.slice(cursorIndex(input.starting_after, "starting_after") + 1);
    page = after.slice(0, limit);
    hasMore = after.length > limit;
  } else if (input.ending_before !== undefined) {
    const before = matching.slice(0, cursorIndex(input.ending_before, "ending_before"));
    page = before.slice(-limit);
    hasMore = before.length > limit;
  } else {
    page = matching.slice(0, limit);
    hasMore = matching.length > limit;
  }
  return { object: "list", data: page, has_more: hasMore, url: "/v1/balance_transactions" };
}
