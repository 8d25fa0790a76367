import type { Transaction } from "../../vertical";
import { generateTicketCode } from "./generate-ticket-code";

/** Creates one ticket per seat of a paid order. Only called by the transition that made the order paid. */
export async function issueTickets({ tx, order }: { tx: Transaction; order: { id: string; eventId: string; lines: { ticketTypeId: string; quantity: number }[] } }): Promise<number> {
  const data = order.lines.flatMap((line) =>
    Array.from({ length: line.quantity }, () => ({ code: generateTicketCode(), eventId: order.eventId, orderId: order.id, ticketTypeId: line.ticketTypeId })),
  );
  await tx.ticket.createMany({ data });
  return data.length;
}
