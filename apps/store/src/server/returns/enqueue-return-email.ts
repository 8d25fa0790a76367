import { formatDate } from "@stepperslife/format";
import { renderEmail } from "@stepperslife/mail";
import { createConnectedAccountStore } from "@stepperslife/payments";
import { enqueueEmail } from "@stepperslife/vertical/server";
import { appBaseUrl, type Transaction } from "../../vertical";
import { formatPrice } from "../catalog/format-price";
import { orderCode } from "../orders/order-code";
import { orderPageUrl } from "../orders/order-page-url";
import { RETURN_REASONS, type ReturnReason } from "./return-schemas";

export type ReturnEmail = "requested" | "refunded" | "declined";

/**
 * Tells the other side of a return what happened, in the transaction that made it happen, once per step
 * (`return-requested:<id>`, …): the shop's owner of a new request, the buyer of the refund or of the shop's no.
 */
export async function enqueueReturnEmail({ tx, returnId, step }: { tx: Transaction; returnId: string; step: ReturnEmail }): Promise<void> {
  const request = await tx.returnRequest.findUniqueOrThrow({
    where: { id: returnId },
    include: { lines: { include: { orderLine: true } }, shop: { select: { id: true, name: true, timeZone: true } }, shipment: { include: { order: true } } },
  });
  const { shop, shipment } = request;
  const code = orderCode(shipment.orderId);
  const rows = request.lines.map((line) => ({
    label: [line.orderLine.productName, line.orderLine.variantLabel].filter(Boolean).join(", "),
    value: `× ${line.quantity}`,
  }));
  const footer = "You get this email because of an order on SteppersLife Store.";
  if (step === "requested") {
    // The owner is whoever set up the shop's payouts (a shop with sales has them); the apps keep no accounts.
    const account = await createConnectedAccountStore(tx).findByBusiness(shop.id);
    if (!account?.ownerEmail) return;
    const heading = `A buyer wants to return items to ${shop.name}`;
    const content = renderEmail({
      heading,
      intro: `${RETURN_REASONS[request.reason as ReturnReason] ?? request.reason}${request.details ? `: “${request.details}”` : "."} Approve it to refund ${formatPrice(request.refundCents)}, or decline it with a reason.`,
      rows,
      action: { label: "Open the returns queue", url: `${appBaseUrl()}/dashboard/shops/${shop.id}/returns` },
      footer,
    });
    await enqueueEmail(tx, { to: account.ownerEmail, subject: `${heading} (order ${code})`, ...content }, { key: `return-requested:${request.id}` });
    return;
  }
  const refunded = step === "refunded";
  const heading = refunded ? `${shop.name} refunded your return` : `${shop.name} declined your return`;
  const intro = refunded
    ? `${formatPrice(request.refundCents)} is on its way back to your card (it shows in a few days)${request.decidedAt ? `, approved ${formatDate(request.decidedAt, shop.timeZone)}` : ""}.`
    : `${shop.name} said: “${request.declineNote}”. Questions? Reply to the shop from your order page.`;
  const content = renderEmail({ heading, intro, rows, action: { label: "See your order", url: orderPageUrl(shipment.orderId) }, footer });
  await enqueueEmail(tx, { to: shipment.order.customerEmail, subject: `${heading} (order ${code})`, ...content }, { key: `return-${step}:${request.id}` });
}
