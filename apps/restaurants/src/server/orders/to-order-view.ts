import { statusLabels, type OrderStatusName } from "./order-schemas";
import { nextStatuses } from "./order-transitions";

export interface OrderRow {
  id: string;
  status: OrderStatusName;
  paymentMethod: "stripe" | "pay_at_pickup";
  pickupAt: Date;
  note: string | null;
  totalCents: number;
  currency: string;
  checkoutUrl: string | null;
  paidAt: Date | null;
  refundedAt: Date | null;
  customerName: string | null;
  customerEmail: string;
  createdAt: Date;
  items: { id: string; name: string; unitPriceCents: number; quantity: number }[];
  restaurant: { id: string; slug: string; name: string; timeZone: string; street: string; city: string; region: string; postalCode: string };
}

export type OrderView = ReturnType<typeof toOrderView>;

/** An order as its customer and the restaurant's owner see it (JSON-safe). */
export function toOrderView(order: OrderRow) {
  return {
    id: order.id,
    code: order.id.slice(0, 6).toUpperCase(),
    status: order.status,
    statusLabel: statusLabels[order.status],
    nextStatuses: nextStatuses(order.status),
    paymentMethod: order.paymentMethod,
    paid: order.paidAt !== null,
    refunded: order.refundedAt !== null,
    /** Where an unpaid Stripe order can still be paid. */
    checkoutUrl: order.status === "awaiting_payment" ? order.checkoutUrl : null,
    pickupAt: order.pickupAt.toISOString(),
    note: order.note,
    totalCents: order.totalCents,
    currency: order.currency,
    customerName: order.customerName,
    customerEmail: order.customerEmail,
    createdAt: order.createdAt.toISOString(),
    items: order.items.map(({ id, name, unitPriceCents, quantity }) => ({ id, name, unitPriceCents, quantity })),
    restaurant: {
      id: order.restaurant.id,
      slug: order.restaurant.slug,
      name: order.restaurant.name,
      timeZone: order.restaurant.timeZone,
      address: `${order.restaurant.street}, ${order.restaurant.city}, ${order.restaurant.region} ${order.restaurant.postalCode}`,
    },
  };
}

export const orderViewInclude = {
  items: { orderBy: { name: "asc" as const } },
  restaurant: { select: { id: true, slug: true, name: true, timeZone: true, street: true, city: true, region: true, postalCode: true, ownerId: true } },
};
