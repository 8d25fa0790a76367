import type { Database } from "../../vertical";
import { findOwnedRestaurant } from "../restaurants/find-owned-restaurant";
import { localTimeAt } from "../restaurants/local-time-at";

export interface SalesDay {
  /** YYYY-MM-DD on the restaurant's clock. */
  day: string;
  orders: number;
  revenueCents: number;
}

/**
 * Orders and revenue per day for the last `days` days (today included) on the restaurant's own clock. Counted:
 * orders that went through (paid online or placed to pay at pickup) and were not cancelled.
 */
export async function loadSales({ db, ownerId, restaurantId, now = new Date(), days = 30 }: { db: Database; ownerId: string; restaurantId: string; now?: Date; days?: number }): Promise<SalesDay[]> {
  const restaurant = await findOwnedRestaurant({ db, ownerId, restaurantId });
  // Calendar arithmetic on the local date itself, so days stay days across DST changes.
  const today = Date.parse(`${localTimeAt(now, restaurant.timeZone).day}T00:00:00Z`);
  const dayKeys = Array.from({ length: days }, (_, index) => new Date(today - (days - 1 - index) * 86_400_000).toISOString().slice(0, 10));
  const byDay = new Map(dayKeys.map((day) => [day, { day, orders: 0, revenueCents: 0 }]));
  const orders = await db.order.findMany({
    where: { restaurantId, createdAt: { gte: new Date(now.getTime() - (days + 1) * 86_400_000) }, status: { notIn: ["awaiting_payment", "cancelled"] } },
    select: { createdAt: true, totalCents: true },
  });
  for (const order of orders) {
    const bucket = byDay.get(localTimeAt(order.createdAt, restaurant.timeZone).day);
    if (!bucket) continue;
    bucket.orders += 1;
    bucket.revenueCents += order.totalCents;
  }
  return [...byDay.values()];
}
