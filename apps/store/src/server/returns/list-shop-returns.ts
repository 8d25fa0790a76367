import type { ReturnStatus } from "../../generated/prisma/client";
import type { Database } from "../../vertical";
import { orderCode } from "../orders/order-code";
import type { ReturnQueue } from "./return-schemas";
import { returnViewInclude, toReturnView } from "./to-return-view";

const queues: Record<ReturnQueue, ReturnStatus[]> = { open: ["requested"], decided: ["approved", "declined"], all: ["requested", "approved", "declined"] };

/**
 * A shop's returns queue: open requests oldest first (the buyer waiting longest is answered first), decided ones
 * newest first; approved returns whose refund did not go through yet stay in the open queue until it does.
 */
export async function listShopReturns({ db, shopId, show, limit = 100 }: { db: Database; shopId: string; show: ReturnQueue; limit?: number }) {
  const where =
    show === "open"
      ? { shopId, OR: [{ status: "requested" as const }, { status: "approved" as const, refundId: null }] }
      : { shopId, status: { in: queues[show] } };
  const requests = await db.returnRequest.findMany({
    where,
    include: { ...returnViewInclude, shipment: { include: { order: true } } },
    orderBy: { createdAt: show === "open" ? "asc" : "desc" },
    take: limit,
  });
  return requests.map((request) => {
    const { order } = request.shipment;
    return {
      ...toReturnView(request),
      orderId: order.id,
      orderCode: orderCode(order.id),
      buyerName: order.shipName ?? order.customerName ?? order.customerEmail,
    };
  });
}

export type ShopReturnView = Awaited<ReturnType<typeof listShopReturns>>[number];
