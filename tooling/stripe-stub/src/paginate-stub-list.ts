import { StubApiError, type StripeObject } from "./stub-types";

/**
 * One page of a Stripe list, newest first, with Stripe's cursors (`starting_after`, `ending_before`) so the SDK's
 * auto-pagination works. `matching` is already filtered and newest first; `object` names it in a bad cursor's error.
 */
export function paginateStubList<T extends StripeObject>({
  matching,
  limit = 10,
  startingAfter,
  endingBefore,
  object,
  url,
}: {
  matching: T[];
  limit?: number;
  startingAfter?: string;
  endingBefore?: string;
  object: string;
  url: string;
}) {
  const cursorIndex = (id: string, param: string) => {
    const index = matching.findIndex((item) => item.id === id);
    if (index < 0) throw new StubApiError(400, "invalid_request_error", `No such ${object}: '${id}'`, { param, code: "resource_missing" });
    return index;
  };
  let page;
  let hasMore;
  if (startingAfter !== undefined) {
    const after = matching.slice(cursorIndex(startingAfter, "starting_after") + 1);
    page = after.slice(0, limit);
    hasMore = after.length > limit;
  } else if (endingBefore !== undefined) {
    const before = matching.slice(0, cursorIndex(endingBefore, "ending_before"));
    page = before.slice(-limit);
    hasMore = before.length > limit;
  } else {
    page = matching.slice(0, limit);
    hasMore = matching.length > limit;
  }
  return { object: "list", data: page, has_more: hasMore, url };
}
