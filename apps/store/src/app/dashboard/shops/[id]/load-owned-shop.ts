import { loadOwnedOr404, type PageParams } from "@stepperslife/ui/server";
import { auth, db, type Database } from "@/vertical";
import { findOwnedShop } from "@/server/shops/find-owned-shop";

/**
 * For the dashboard's shop pages: the signed-in owner's shop, or the 404 page (someone else's shop looks missing).
 * `id` is the page's params (or the id itself); `path` is the section after the shop's address ("/orders"), where
 * sign-in comes back to.
 */
export async function loadOwnedShop(id: string | PageParams | Promise<{ id: string }>, path = "") {
  const params = typeof id === "string" ? Promise.resolve({ id }) : id;
  const { row } = await loadOwnedOr404<Database, Awaited<ReturnType<typeof findOwnedShop>>>({
    params,
    requireOwner: (callback) => auth.requireOwner(callback),
    callbackPath: (shopId) => `/dashboard/shops/${shopId}${path}`,
    db: db(),
    load: ({ db, ownerId, id }) => findOwnedShop({ db, ownerId, shopId: id }),
  });
  return row;
}
