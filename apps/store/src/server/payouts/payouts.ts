import "server-only";
import { z } from "zod";
import { vertical } from "../../vertical";

/** Each shop is a business of its own, paid its part of every order into its own Stripe account (connected to the store's). */
export const payouts = vertical.payouts({
  async findBusiness({ db, ownerId, businessId }) {
    // Shop ids are UUIDs: anything else is nobody's shop, not a database error.
    if (!z.uuid().safeParse(businessId).success) return null;
    return db.shop.findFirst({ where: { id: businessId, ownerId }, select: { id: true, name: true, timeZone: true } });
  },
  getPaidPath: (shopId) => `/dashboard/shops/${shopId}/get-paid`,
  // A cart across shops is recorded once per shop, under that shop as its scope.
  orderPath: ({ scopeId }) => `/dashboard/shops/${scopeId}/orders`,
});
