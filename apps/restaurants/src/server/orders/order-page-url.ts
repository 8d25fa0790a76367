import { appBaseUrl } from "../../vertical";

/** The customer's page of an order (its status as the kitchen moves it) on this app's public origin, for emails. */
export function orderPageUrl(orderId: string): string {
  return `${appBaseUrl()}/orders/${orderId}`;
}
