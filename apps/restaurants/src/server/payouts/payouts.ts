import "server-only";
import { z } from "zod";
import { vertical } from "../../vertical";

/** Each restaurant is a business of its own, paid into its own Stripe account (a connected account of this app's). */
export const payouts = vertical.payouts({
  async findBusiness({ db, ownerId, businessId }) {
    // Restaurant ids are UUIDs: anything else is nobody's restaurant, not a database error.
    if (!z.uuid().safeParse(businessId).success) return null;
    return db.restaurant.findFirst({ where: { id: businessId, ownerId }, select: { id: true, name: true, timeZone: true } });
  },
  getPaidPath: (restaurantId) => `/dashboard/restaurants/${restaurantId}/get-paid`,
  orderPath: ({ scopeId }) => `/dashboard/restaurants/${scopeId}/orders`,
});
