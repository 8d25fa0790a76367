import type { SessionUser } from "@stepperslife/auth-config";
import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { issueTickets } from "../tickets/issue-tickets";
import { applyDiscount } from "./apply-discount";
import { claimPromoCode } from "./claim-promo-code";
import { enqueueTicketsEmail } from "./enqueue-tickets-email";
import { expireLapsedHoldsLocked, TRANSACTION_OPTIONS } from "./expire-lapsed-holds";
import { lockEvent } from "./lock-event";
import type { PlaceOrderInput } from "./order-schemas";

/** Seats of an unpaid order are held this long: Stripe's shortest checkout (30 min) plus a margin for its webhook. */
export const HOLD_MINUTES = 35;

export interface PlacedOrder {
  id: string;
  status: "awaiting_payment" | "paid";
  totalCents: number;
}

export interface PlaceOrderOptions {
  db: Database;
  buyer: SessionUser;
  input: PlaceOrderInput;
  /** Whether the organizer can take card payments (Stripe keys here, their payout account taking charges). */
  onlinePayment: boolean;
  now?: Date;
}

/**
 * Places a ticket order with the event's row locked, so seats are counted one order at a time: per-order limits,
 * each ticket type's capacity and the event's capacity are checked against sold + held seats, and the promo code's
 * use is taken. A free order is paid at once, its tickets issued and their email queued; a paid one holds its seats
 * for HOLD_MINUTES while the buyer pays. Anything refused rolls the whole transaction back: nothing is written or queued.
 */
export async function placeOrder({ db, buyer, input, onlinePayment, now = new Date() }: PlaceOrderOptions): Promise<PlacedOrder> {
  const quantities = new Map<string, number>();
  for (const line of input.lines) quantities.set(line.ticketTypeId, (quantities.get(line.ticketTypeId) ?? 0) + line.quantity);

  return db.$transaction(async (tx) => {
    const event = await lockEvent({ tx, eventId: input.eventId });
    if (!event || event.status === "draft") throw new AppError("not_found", "There is no such event.");
    if (event.status === "cancelled") throw new AppError("conflict", "This event was cancelled.");
    if (event.endsAt <= now) throw new AppError("conflict", "This event is over; tickets are no longer sold.");
    await expireLapsedHoldsLocked({ tx, eventId: event.id, now });

    const types = await tx.ticketType.findMany({ where: { eventId: event.id, id: { in: [...quantities.keys()] } }, orderBy: { id: "asc" } });
    if (types.length !== quantities.size) throw new AppError("unprocessable", "Some ticket types are not sold for this event any more; refresh the page.");
    for (const type of types) {
      const quantity = quantities.get(type.id)!;
      if (quantity > type.perOrderLimit) throw new AppError("unprocessable", `At most ${type.perOrderLimit} × ${type.name} per order.`);
      const left = type.capacity - type.sold - type.held;
      if (quantity > left) throw new AppError("conflict", left > 0 ? `Only ${left} × ${type.name} left.` : `${type.name} is sold out.`);
    }
    const wanted = [...quantities.values()].reduce((sum, quantity) => sum + quantity, 0);
    if (event.capacity !== null) {
      const taken = await tx.ticketType.aggregate({ where: { eventId: event.id }, _sum: { sold: true, held: true } });
      const left = event.capacity - (taken._sum.sold ?? 0) - (taken._sum.held ?? 0);
      if (wanted > left) throw new AppError("conflict", left > 0 ? `Only ${left} tickets left for this event.` : "This event is sold out.");
    }

    const lines = types.map((type) => ({ ticketTypeId: type.id, name: type.name, unitPriceCents: type.priceCents, quantity: quantities.get(type.id)! }));
    const subtotalCents = lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
    const promo = input.promoCode ? await claimPromoCode({ tx, eventId: event.id, code: input.promoCode, now }) : null;
    const discountCents = promo ? applyDiscount({ subtotalCents, kind: promo.kind, value: promo.value }) : 0;
    const totalCents = subtotalCents - discountCents;
    if (totalCents > 0 && !onlinePayment) throw new AppError("unprocessable", "Paid tickets are not on sale yet: the organizer has not finished setting up payouts. Free tickets can be had now.");
    if (totalCents > 0 && totalCents < 50) throw new AppError("unprocessable", "Card payments start at $0.50.");

    const free = totalCents === 0;
    for (const line of lines) {
      await tx.ticketType.update({ where: { id: line.ticketTypeId }, data: free ? { sold: { increment: line.quantity } } : { held: { increment: line.quantity } } });
    }
    const order = await tx.order.create({
      data: {
        eventId: event.id,
        buyerId: buyer.id,
        buyerEmail: buyer.email,
        buyerName: buyer.name,
        status: free ? "paid" : "awaiting_payment",
        subtotalCents,
        discountCents,
        totalCents,
        promoCodeId: promo?.id ?? null,
        holdExpiresAt: free ? null : new Date(now.getTime() + HOLD_MINUTES * 60_000),
        paidAt: free ? now : null,
        lines: { create: lines },
      },
    });
    if (free) {
      await issueTickets({ tx, order: { id: order.id, eventId: event.id, lines } });
      await enqueueTicketsEmail({ tx, orderId: order.id });
    }
    return { id: order.id, status: order.status as PlacedOrder["status"], totalCents };
  }, TRANSACTION_OPTIONS);
}
