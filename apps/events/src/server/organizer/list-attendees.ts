import type { Database } from "../../vertical";
import { findOwnedEvent } from "./find-owned-event";

/** Every issued ticket of the organizer's own event with its buyer and check-in state, by buyer then code. */
export async function listAttendees({ db, organizerId, eventId }: { db: Database; organizerId: string; eventId: string }) {
  const event = await findOwnedEvent({ db, organizerId, eventId });
  const tickets = await db.ticket.findMany({
    where: { eventId: event.id },
    include: { ticketType: { select: { name: true } }, order: { select: { id: true, buyerName: true, buyerEmail: true, status: true } } },
    orderBy: [{ order: { buyerEmail: "asc" } }, { code: "asc" }],
  });
  return tickets.map((ticket) => ({
    code: ticket.code,
    type: ticket.ticketType.name,
    name: ticket.order.buyerName ?? "",
    email: ticket.order.buyerEmail,
    orderId: ticket.order.id,
    status: ticket.voidedAt ? "void" : ticket.checkedInAt ? "checked in" : "not checked in",
    checkedInAt: ticket.checkedInAt?.toISOString() ?? null,
  }));
}

export type Attendee = Awaited<ReturnType<typeof listAttendees>>[number];
