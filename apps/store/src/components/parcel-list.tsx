import type { ParcelView } from "@/server/orders/to-parcel-view";

/** Each parcel of a shipment: carrier, tracking number (linked to the carrier's tracking where there is one), when it left. */
export function ParcelList({ parcels, className, shippedAt }: { parcels: ParcelView[]; className: string; shippedAt: (instant: Date) => string }) {
  if (parcels.length === 0) return null;
  return (
    <ul className={className} aria-label="Parcels">
      {parcels.map((parcel) => (
        <li key={parcel.id}>
          {parcel.carrier}{" "}
          {parcel.trackingUrl ? (
            <a href={parcel.trackingUrl} rel="noreferrer" target="_blank">
              {parcel.trackingNumber}
            </a>
          ) : (
            parcel.trackingNumber
          )}
          <span className="sl-muted"> · shipped {shippedAt(parcel.shippedAt)}</span>
        </li>
      ))}
    </ul>
  );
}
