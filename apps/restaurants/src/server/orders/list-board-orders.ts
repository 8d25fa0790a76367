import type { Database } from "../../vertical";
import { findOwnedRestaurant } from "../restaurants/find-owned-restaurant";
import { orderViewInclude, toOrderView } from "./to-order-view";

/**
 * The live board of one of the owner's restaurants: every open order (paid or pay-at-pickup, not yet picked up),
 * plus those finished in the last 12 hours. Unpaid Stripe orders stay off the board until paid.
 */
export async function listBoardOrders({ db, ownerId, restaurantId, now = new Date() }: { db: Database; ownerId: string; restaurantId: string; now?: Date }) {
  await findOwnedRestaurant({ db, ownerId, restaurantId });
  const since = new Date(now.getTime() - 12 * 3_600_000);
  const orders = await db.order.findMany({
    where: {
      restaurantId,
      OR: [{ status: { in: ["new", "accepted", "preparing", "ready"] } }, { status: { in: ["picked_up", "cancelled"] }, updatedAt: { gte: since }, NOT: { paymentMethod: "stripe", paidAt: null } }],
    },
    include: orderViewInclude,
    orderBy: { pickupAt: "asc" },
    take: 200,
  });
  return orders.map(toOrderView);
}
