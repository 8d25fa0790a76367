import { appBaseUrl } from "../../vertical";

/** The buyer's page of an order (each shop's shipment and tracking) on this app's public origin, for emails. */
export function orderPageUrl(orderId: string): string {
  return `${appBaseUrl()}/orders/${orderId}`;
}
