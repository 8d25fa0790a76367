import { AppError } from "@stepperslife/http";
import type { z } from "zod";
import type { Database } from "../../vertical";
import { TRANSACTION_OPTIONS } from "../orders/expire-lapsed-holds";
import { lockEvent } from "../orders/lock-event";
import type { ticketTypeSchema, ticketTypeUpdateSchema } from "./organizer-schemas";

type Target = { create: { eventId: string; input: z.infer<typeof ticketTypeSchema> } } | { update: { ticketTypeId: string; input: z.infer<typeof ticketTypeUpdateSchema> } };

/**
 * Adds a ticket type to, or changes one of, the organizer's own events (404 for anyone else's). With the event
 * locked, so a capacity is never set below the seats already sold or held by a purchase in flight.
 */
export async function saveTicketType({ db, organizerId, target }: { db: Database; organizerId: string; target: Target }) {
  const eventId = "create" in target ? target.create.eventId : (await db.ticketType.findFirst({ where: { id: target.update.ticketTypeId, event: { organizerId } }, select: { eventId: true } }))?.eventId;
  const owned = eventId ? await db.event.count({ where: { id: eventId, organizerId } }) : 0;
  if (!eventId || owned === 0) throw new AppError("not_found", "There is no such event or ticket type among yours.");
  return db.$transaction(async (tx) => {
    await lockEvent({ tx, eventId });
    if ("create" in target) return tx.ticketType.create({ data: { ...target.create.input, eventId } });
    const current = await tx.ticketType.findUniqueOrThrow({ where: { id: target.update.ticketTypeId } });
    const capacity = target.update.input.capacity;
    if (capacity !== undefined && capacity < current.sold + current.held) {
      throw new AppError("conflict", `${current.sold + current.held} of these tickets are sold or being bought; the capacity cannot go below that.`, { fields: [{ path: "body.capacity", message: "below tickets sold" }] });
    }
    return tx.ticketType.update({ where: { id: current.id }, data: target.update.input });
  }, TRANSACTION_OPTIONS);
}
