import type { SessionUser } from "@stepperslife/auth-config";
import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { checkPickupTime } from "../restaurants/check-pickup-time";
import { enqueueOrderConfirmation } from "./enqueue-order-confirmation";
import type { PlaceOrderInput } from "./order-schemas";

export interface PlacedOrder {
  id: string;
  status: "awaiting_payment" | "new";
  totalCents: number;
}

export interface PlaceOrderOptions {
  db: Database;
  customer: SessionUser;
  input: PlaceOrderInput;
  /** Whether the restaurant can take card payments (Stripe keys here, its payout account taking charges). */
  onlinePayment: boolean;
  now?: Date;
}

/**
 * Places an order from dish ids and quantities: prices come from the menu in the database, sold-out dishes and
 * dishes of other restaurants are refused, and the pickup time is checked against the restaurant's hours.
 * Stripe orders start as awaiting_payment (the checkout flow opens the payment; markOrderPaid confirms them);
 * pay-at-pickup orders are new at once, their confirmation email queued in the same transaction as the order.
 */
export async function placeOrder({ db, customer, input, onlinePayment, now = new Date() }: PlaceOrderOptions): Promise<PlacedOrder> {
  if (input.paymentMethod === "stripe" && !onlinePayment) {
    throw new AppError("unprocessable", "This restaurant does not take card payments online yet; choose pay at pickup.", {
      fields: [{ path: "body.paymentMethod", message: "only pay_at_pickup is available" }],
    });
  }
  const restaurant = await db.restaurant.findUnique({ where: { id: input.restaurantId }, include: { hours: true } });
  if (!restaurant) throw new AppError("not_found", "There is no such restaurant.");
  checkPickupTime({ hours: restaurant.hours, timeZone: restaurant.timeZone, prepMinutes: restaurant.prepMinutes, now, pickupAt: input.pickupAt });

  const quantities = new Map<string, number>();
  for (const line of input.items) quantities.set(line.menuItemId, (quantities.get(line.menuItemId) ?? 0) + line.quantity);
  const dishes = await db.menuItem.findMany({ where: { id: { in: [...quantities.keys()] }, restaurantId: restaurant.id } });
  if (dishes.length !== quantities.size) {
    throw new AppError("unprocessable", "Some dishes are not on this restaurant's menu any more; refresh the menu.");
  }
  const soldOut = dishes.find((dish) => dish.soldOut);
  if (soldOut) throw new AppError("conflict", `${soldOut.name} is sold out; remove it from your cart.`);
  if ([...quantities.values()].some((quantity) => quantity > 50)) throw new AppError("unprocessable", "At most 50 of one dish per order.");

  const lines = dishes.map((dish) => ({ menuItemId: dish.id, name: dish.name, unitPriceCents: dish.priceCents, quantity: quantities.get(dish.id)! }));
  const totalCents = lines.reduce((sum, line) => sum + line.unitPriceCents * line.quantity, 0);
  if (input.paymentMethod === "stripe" && totalCents < 50) throw new AppError("unprocessable", "Online payments start at $0.50; choose pay at pickup.");

  const status = input.paymentMethod === "stripe" ? "awaiting_payment" : "new";
  return db.$transaction(async (tx) => {
    const order = await tx.order.create({
      data: {
        restaurantId: restaurant.id,
        customerId: customer.id,
        customerEmail: customer.email,
        customerName: customer.name,
        status,
        paymentMethod: input.paymentMethod,
        pickupAt: input.pickupAt,
        note: input.note || null,
        totalCents,
        currency: "usd",
        items: { create: lines },
        changes: { create: { fromStatus: null, toStatus: status, actor: "customer" } },
      },
    });
    if (status === "new") await enqueueOrderConfirmation({ tx, orderId: order.id });
    return { id: order.id, status, totalCents };
  });
}
