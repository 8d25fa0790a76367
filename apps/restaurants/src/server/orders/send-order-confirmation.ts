import type { Mailer } from "@stepperslife/mail";
import { renderEmail } from "@stepperslife/mail";
import type { Database } from "../../vertical";
import { formatCents } from "./format-cents";

/**
 * Emails the customer that their order is confirmed (paid online, or placed to pay at pickup). Failures are logged,
 * never thrown: the order stands whether or not the mail server answers.
 */
export async function sendOrderConfirmation({ db, mailer, orderId, orderUrl }: { db: Database; mailer: Mailer; orderId: string; orderUrl: string }): Promise<void> {
  try {
    const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, include: { items: true, restaurant: true } });
    const pickup = new Intl.DateTimeFormat("en-US", { timeZone: order.restaurant.timeZone, weekday: "long", hour: "numeric", minute: "2-digit" }).format(order.pickupAt);
    const code = order.id.slice(0, 6).toUpperCase();
    const content = renderEmail({
      heading: `Order ${code} is confirmed`,
      intro: `${order.restaurant.name} has your order. Pick it up ${pickup} at ${order.restaurant.street}, ${order.restaurant.city}.`,
      rows: [
        ...order.items.map((item) => ({ label: `${item.quantity} × ${item.name}`, value: formatCents(item.unitPriceCents * item.quantity) })),
        { label: "Total", value: formatCents(order.totalCents) },
        { label: "Payment", value: order.paymentMethod === "stripe" ? "Paid online" : "Pay at pickup" },
      ],
      action: { label: "Follow your order", url: orderUrl },
      footer: "You get this email because you ordered on SteppersLife Restaurants.",
    });
    await mailer.send({ to: order.customerEmail, subject: `Your order from ${order.restaurant.name} (${code})`, ...content });
  } catch (error) {
    console.error(`order ${orderId}: confirmation email failed`, error);
  }
}
