import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { formatEventTime } from "../events/format-event-time";

/**
 * Lets a ticket in at the door of the organizer's own event, once: one conditional UPDATE, so two scanners at two
 * doors cannot both admit it. A second scan is refused (409) saying when it was checked in; a ticket of another event
 * (409, "wrong event"), a void one (409) and an unknown code (404) are refused too.
 */
export async function checkInTicket({ db, organizerId, eventId, code, by, now = new Date() }: { db: Database; organizerId: string; eventId: string; code: string; by: string; now?: Date }) {
  const event = await db.event.findFirst({ where: { id: eventId, organizerId }, select: { id: true, timeZone: true } });
  if (!event) throw new AppError("not_found", "There is no such event among yours.");
  const normalized = code.replace(/-/g, "").replace(/^(.{4})(.{4})(.{4})$/, "$1-$2-$3");
  const { count } = await db.ticket.updateMany({ where: { code: normalized, eventId: event.id, checkedInAt: null, voidedAt: null }, data: { checkedInAt: now, checkedInBy: by } });
  const ticket = await db.ticket.findFirst({ where: { code: normalized, eventId: event.id }, include: { ticketType: { select: { name: true } }, order: { select: { buyerName: true, buyerEmail: true } } } });
  if (!ticket) {
    // A real ticket at the wrong door: say so, naming the event only to the organizer who runs it.
    const elsewhere = await db.ticket.findUnique({ where: { code: normalized }, select: { event: { select: { title: true, organizerId: true } } } });
    if (elsewhere) {
      throw new AppError("conflict", elsewhere.event.organizerId === organizerId ? `Wrong event: this ticket is for ${elsewhere.event.title}.` : "Wrong event: this ticket is for another event.");
    }
    throw new AppError("not_found", "No ticket has that code.");
  }
  if (ticket.voidedAt) throw new AppError("conflict", "This ticket is void (refunded or cancelled).");
  if (count === 0) throw new AppError("conflict", `Already checked in ${formatEventTime(ticket.checkedInAt!, event.timeZone)}.`);
  return { code: ticket.code, type: ticket.ticketType.name, holder: ticket.order.buyerName ?? ticket.order.buyerEmail, checkedInAt: ticket.checkedInAt!.toISOString() };
}
