import { CARRIERS, type Carrier, trackingUrl } from "./tracking-url";

/** A parcel as the buyer's order page and the owner's packing slip show it: the carrier's name and a tracking link. */
export function toParcelView(parcel: { id: string; carrier: string; trackingNumber: string; shippedAt: Date; deliveredAt: Date | null }) {
  return {
    id: parcel.id,
    carrier: CARRIERS[parcel.carrier as Carrier] ?? parcel.carrier,
    trackingNumber: parcel.trackingNumber,
    trackingUrl: trackingUrl(parcel.carrier, parcel.trackingNumber),
    shippedAt: parcel.shippedAt,
    deliveredAt: parcel.deliveredAt,
  };
}

export type ParcelView = ReturnType<typeof toParcelView>;
