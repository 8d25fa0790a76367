import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";

/** Removes a ticket type nobody has bought or is buying (404 for anyone else's; 409 once tickets exist). */
export async function deleteTicketType({ db, organizerId, ticketTypeId }: { db: Database; organizerId: string; ticketTypeId: string }): Promise<void> {
  const type = await db.ticketType.findFirst({ where: { id: ticketTypeId, event: { organizerId } }, include: { _count: { select: { orderLines: true } } } });
  if (!type) throw new AppError("not_found", "There is no such ticket type among yours.");
  if (type._count.orderLines > 0) throw new AppError("conflict", "Tickets of this type were ordered; set its capacity to what was sold instead.");
  await db.ticketType.delete({ where: { id: type.id } });
}
