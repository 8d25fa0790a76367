import { appBaseUrl } from "../../vertical";

/** The buyer's page of an order (tickets and QR codes) on this app's public origin, for links in emails. */
export function orderPageUrl(orderId: string): string {
  return `${appBaseUrl()}/orders/${orderId}`;
}
