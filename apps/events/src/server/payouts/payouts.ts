import "server-only";
import { vertical } from "../../vertical";

/**
 * An organizer is the business here: all their events' ticket sales are paid into one Stripe account of theirs (a
 * connected account of this app's), so the business id is the organizer's own user id.
 */
export const payouts = vertical.payouts({
  findBusiness: async ({ ownerId, businessId }) => (businessId === ownerId ? { id: ownerId, name: "your events" } : null),
  getPaidPath: () => "/dashboard/get-paid",
});
