import { formatDateTime } from "@stepperslife/format";
import { ActionButton } from "@stepperslife/ui/client";
import type { ShopShipmentView } from "@/server/fulfilment/list-shop-shipments";
import { formatPrice } from "@/server/catalog/format-price";
import { CARRIERS } from "@/server/orders/tracking-url";
import { ParcelList } from "./parcel-list";
import { ShipParcelForm } from "./ship-parcel-form";

export interface PackingSlipProps {
  shipment: ShopShipmentView;
  /** The shop's zone: paid and shipped times are said on its clock. */
  timeZone: string;
  now: Date;
}

const carriers = Object.entries(CARRIERS).map(([value, label]) => ({ value, label }));

const badgeClass: Record<ShopShipmentView["status"], string> = {
  awaiting_payment: "sl-badge--quiet",
  paid: "sl-badge--off",
  packed: "sl-badge--off",
  shipped: "sl-badge--ok",
  delivered: "sl-badge--ok",
  cancelled: "sl-badge--quiet",
};

const lineWords = (line: ShopShipmentView["lines"][number]) =>
  `${line.quantity} × ${line.productName}${line.variantLabel ? ` · ${line.variantLabel}` : ""}`;

/**
 * One order's part for this shop, as the packer reads it: who and where it goes, what is in it (and what already left
 * in a parcel), the parcels with their tracking, and the next step the shop can take from its status.
 */
export function PackingSlip({ shipment, timeZone, now }: PackingSlipProps) {
  const waiting = shipment.lines.filter((line) => !line.shipped);
  const canShip = (shipment.status === "paid" || shipment.status === "packed") && waiting.length > 0;
  const when = (instant: Date) => formatDateTime(instant, timeZone, { now, timeZoneName: true });
  return (
    <article className="sl-box st-pack" id={`order-${shipment.code}`} aria-labelledby={`order-${shipment.code}-title`}>
      <header className="sl-box__head">
        <h2 className="sl-box__title" id={`order-${shipment.code}-title`}>
          Order {shipment.code}
        </h2>
        <span className={`sl-badge ${badgeClass[shipment.status]}`}>{shipment.statusLabel}</span>
      </header>
      <dl className="st-pack__facts">
        <dt>Buyer</dt>
        <dd>{shipment.buyerName}</dd>
        <dt>Ship to</dt>
        <dd>
          {shipment.shipTo.length ? (
            <address className="st-pack__address">
              {shipment.shipTo.map((line, index) => (
                <span key={index}>{line}</span>
              ))}
            </address>
          ) : (
            <span className="sl-muted">No address was given.</span>
          )}
        </dd>
        <dt>Paid</dt>
        <dd>{shipment.paidAt ? when(shipment.paidAt) : "—"}</dd>
        <dt>For this shop</dt>
        <dd>
          {formatPrice(shipment.subtotalCents + shipment.shippingCents)}
          <span className="sl-muted"> · shipping {shipment.shippingCents === 0 ? "free" : formatPrice(shipment.shippingCents)}</span>
        </dd>
      </dl>
      <ul className="st-pack__lines" aria-label="Items">
        {shipment.lines.map((line) => (
          <li key={line.id}>
            <span className="st-pack__what">
              {lineWords(line)}
              {line.sku ? <span className="sl-muted"> · SKU {line.sku}</span> : null}
            </span>
            <span className={`sl-badge ${line.shipped ? "sl-badge--ok" : "sl-badge--quiet"}`}>
              {line.shipped ? "In a parcel" : "To ship"}
            </span>
          </li>
        ))}
      </ul>
      <ParcelList parcels={shipment.parcels} className="st-pack__parcels" shippedAt={when} />
      {shipment.status === "paid" ? <ActionButton url={`/api/owner/shipments/${shipment.id}/packed`} label="Mark packed" /> : null}
      {shipment.status === "shipped" ? <ActionButton url={`/api/owner/shipments/${shipment.id}/delivered`} label="Mark delivered" /> : null}
      {canShip ? (
        <details className="st-pack__ship" open={shipment.status === "packed" || shipment.parcels.length > 0}>
          <summary>Ship a parcel</summary>
          <ShipParcelForm
            shipmentId={shipment.id}
            orderCode={shipment.code}
            waiting={waiting.map((line) => ({ id: line.id, label: lineWords(line) }))}
            carriers={carriers}
          />
        </details>
      ) : null}
      {shipment.status === "cancelled" ? <p className="sl-muted" style={{ margin: 0 }}>Cancelled: nothing to send.</p> : null}
    </article>
  );
}
