/** Carriers a shop can choose when it ships a parcel. */
export const CARRIERS = { usps: "USPS", ups: "UPS", fedex: "FedEx", dhl: "DHL", other: "Other carrier" } as const;
export type Carrier = keyof typeof CARRIERS;

const trackers: Partial<Record<Carrier, (number: string) => string>> = {
  usps: (number) => `https://tools.usps.com/go/TrackConfirmAction?tLabels=${encodeURIComponent(number)}`,
  ups: (number) => `https://www.ups.com/track?tracknum=${encodeURIComponent(number)}`,
  fedex: (number) => `https://www.fedex.com/fedextrack/?trknbr=${encodeURIComponent(number)}`,
  dhl: (number) => `https://www.dhl.com/us-en/home/tracking/tracking-express.html?tracking-id=${encodeURIComponent(number)}`,
};

/** The carrier's own tracking page for a parcel, or null when the carrier is one we cannot link. */
export function trackingUrl(carrier: string, trackingNumber: string): string | null {
  return trackers[carrier as Carrier]?.(trackingNumber) ?? null;
}
