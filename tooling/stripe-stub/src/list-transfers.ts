import { z } from "zod";
import { paginateStubList } from "./paginate-stub-list";
import { parseStubParams } from "./parse-stub-params";
import { expand, integer } from "./stub-params";
import type { AccountState } from "./stub-types";

const listParams = z.strictObject({
  limit: integer.pipe(z.number().int().min(1).max(100)).optional(),
  destination: z.string().min(1).optional(),
  transfer_group: z.string().min(1).optional(),
  starting_after: z.string().min(1).optional(),
  ending_before: z.string().min(1).optional(),
  expand: expand.optional(),
});

/** `GET /v1/transfers`: the platform's transfers, newest first, optionally of one group or to one account. */
export function listTransfers({ state, params }: { state: AccountState; params: Record<string, unknown> }) {
  const input = parseStubParams(listParams, params);
  const matching = [...state.transfers.values()]
    .reverse()
    .filter(
      (transfer) =>
        (input.destination === undefined || transfer.destination === input.destination) &&
        (input.transfer_group === undefined || transfer.transfer_group === input.transfer_group),
    );
  return paginateStubList({
    matching,
    limit: input.limit,
    startingAfter: input.starting_after,
    endingBefore: input.ending_before,
    object: "transfer",
    url: "/v1/transfers",
  });
}
