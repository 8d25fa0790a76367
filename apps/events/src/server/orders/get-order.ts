import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { formatEventTime } from "../events/format-event-time";

/** An order with its event, lines and tickets, for its buyer or the event's organizer; 404 for anyone else. */
export async function getOrder({ db, orderId, userId }: { db: Database; orderId: string; userId: string }) {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: { event: true, lines: true, tickets: { include: { ticketType: { select: { name: true } } }, orderBy: [{ ticketTypeId: "asc" }, { code: "asc" }] } },
  });
  if (!order || (order.buyerId !== userId && order.event.organizerId !== userId)) throw new AppError("not_found", "There is no such order.");
  return {
    id: order.id,
    status: order.status,
    subtotalCents: order.subtotalCents,
    discountCents: order.discountCents,
    totalCents: order.totalCents,
    currency: order.currency,
    holdExpiresAt: order.holdExpiresAt?.toISOString() ?? null,
    checkoutUrl: order.status === "awaiting_payment" ? order.checkoutUrl : null,
    createdAt: order.createdAt.toISOString(),
    event: { slug: order.event.slug, title: order.event.title, venue: order.event.venue, address: order.event.address, city: order.event.city, when: formatEventTime(order.event.startsAt, order.event.timeZone) },
    lines: order.lines.map((line) => ({ name: line.name, unitPriceCents: line.unitPriceCents, quantity: line.quantity })),
    tickets: order.tickets.map((ticket) => ({
      code: ticket.code,
      type: ticket.ticketType.name,
      checkedInAt: ticket.checkedInAt?.toISOString() ?? null,
      voided: ticket.voidedAt !== null,
    })),
  };
}

export type OrderView = Awaited<ReturnType<typeof getOrder>>;
