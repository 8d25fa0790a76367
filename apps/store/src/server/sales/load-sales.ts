import { localDay } from "@stepperslife/format";
import type { RevenueDay } from "@stepperslife/ui";
import type { Database } from "../../vertical";

/**
 * A shop's paid orders and revenue (its lines and shipping, what the buyer paid the shop) per day for the last `days`
 * days, today included, on the shop's own clock. Unpaid and cancelled parts are not counted.
 */
export async function loadSales({ db, shop, now = new Date(), days = 30 }: { db: Database; shop: { id: string; timeZone: string }; now?: Date; days?: number }): Promise<RevenueDay[]> {
  // Calendar arithmetic on the local date itself, so days stay days across DST changes.
  const today = Date.parse(`${localDay(now, shop.timeZone)}T00:00:00Z`);
  const dayKeys = Array.from({ length: days }, (_, index) => new Date(today - (days - 1 - index) * 86_400_000).toISOString().slice(0, 10));
  const byDay = new Map(dayKeys.map((day) => [day, { day, orders: 0, revenueCents: 0 }]));
  const shipments = await db.shipment.findMany({
    where: { shopId: shop.id, status: { in: ["paid", "packed", "shipped", "delivered"] }, order: { paidAt: { gte: new Date(now.getTime() - (days + 1) * 86_400_000) } } },
    select: { subtotalCents: true, shippingCents: true, order: { select: { paidAt: true } } },
  });
  for (const shipment of shipments) {
    const bucket = byDay.get(localDay(shipment.order.paidAt!, shop.timeZone));
    if (!bucket) continue;
    bucket.orders += 1;
    bucket.revenueCents += shipment.subtotalCents + shipment.shippingCents;
  }
  return [...byDay.values()];
}
