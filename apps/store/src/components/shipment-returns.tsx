import { formatDate } from "@stepperslife/format";
import { formatPrice } from "@/server/catalog/format-price";
import type { OrderView } from "@/server/orders/to-order-view";
import { RETURN_REASONS } from "@/server/returns/return-schemas";
import { ReturnRequestForm } from "./return-request-form";

const reasons = Object.entries(RETURN_REASONS).map(([value, label]) => ({ value, label }));

/**
 * A shop's part of the buyer's order, as far as returns go: each return asked and the shop's answer, then either the
 * form to ask (while the window is open) or why not, in the shop's own terms and on its clock.
 */
export function ShipmentReturns({ orderId, shipment, now }: { orderId: string; shipment: OrderView["shipments"][number]; now: Date }) {
  const { returnPolicy: policy, shop } = shipment;
  const returnable = shipment.lines.filter((line) => line.returnable > 0);
  const closes = policy.closesAt ? formatDate(policy.closesAt, shop.timeZone, { now }) : null;
  let note: string | null = null;
  if (policy.windowDays <= 0) note = `${shop.name} does not take returns.`;
  else if (!policy.closesAt) note = null;
  else if (now.getTime() > policy.closesAt.getTime()) note = `The ${policy.windowDays}-day return window closed on ${closes}.`;
  return (
    <div className="st-returns">
      {shipment.returns.length ? (
        <ul className="st-returns__list" aria-label="Returns">
          {shipment.returns.map((request) => (
            <li key={request.id} data-status={request.status}>
              <strong>{request.statusLabel}</strong>
              <span>
                {request.lines.map((line) => `${line.quantity} × ${[line.productName, line.variantLabel].filter(Boolean).join(", ")}`).join("; ")}
                {" · "}
                {request.reasonLabel}
              </span>
              <span className="sl-muted">
                {request.status === "declined"
                  ? `${shop.name} said: “${request.declineNote}”`
                  : `${formatPrice(request.refundCents)} ${request.refunded ? "refunded to your card" : request.status === "approved" ? "being refunded" : "if approved"}`}
              </span>
            </li>
          ))}
        </ul>
      ) : null}
      {policy.canAsk && closes ? (
        <ReturnRequestForm
          orderId={orderId}
          shipmentId={shipment.id}
          shopName={shop.name}
          deadline={`Returns accepted until ${closes}.${policy.terms ? ` ${policy.terms}` : ""}`}
          lines={returnable.map((line) => ({
            id: line.id,
            label: `${line.quantity} × ${[line.productName, line.variantLabel].filter(Boolean).join(" · ")}`,
            returnable: line.returnable,
            unitPriceCents: line.unitPriceCents,
          }))}
          reasons={reasons}
        />
      ) : note ? (
        <p className="sl-muted st-returns__note">{note}</p>
      ) : null}
    </div>
  );
}
