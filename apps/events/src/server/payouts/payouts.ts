import "server-only";
import { vertical } from "../../vertical";

/**
 * An organizer is the business here: all their events' ticket sales are paid into one Stripe account of theirs (a
 * connected account of this app's), so the business id is the organizer's own user id. Their payouts are told on the
 * clock of their latest event's venue (an organizer keeps no zone of their own).
 */
export const payouts = vertical.payouts({
  async findBusiness({ db, ownerId, businessId }) {
    if (businessId !== ownerId) return null;
    const latest = await db.event.findFirst({ where: { organizerId: ownerId }, orderBy: { startsAt: "desc" }, select: { timeZone: true } });
    return { id: ownerId, name: "your events", ...(latest ? { timeZone: latest.timeZone } : {}) };
  },
  getPaidPath: () => "/dashboard/get-paid",
  orderPath: ({ scopeId }) => `/dashboard/events/${scopeId}/attendees`,
});
