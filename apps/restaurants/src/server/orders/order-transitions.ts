import type { OrderStatusName } from "./order-schemas";

/** The board's moves: forward one step at a time, or cancel until the food has been handed over. */
const next: Record<OrderStatusName, OrderStatusName[]> = {
  awaiting_payment: ["cancelled"],
  new: ["accepted", "cancelled"],
  accepted: ["preparing", "cancelled"],
  preparing: ["ready", "cancelled"],
  ready: ["picked_up", "cancelled"],
  picked_up: [],
  cancelled: [],
};

export function canMoveOrder(from: OrderStatusName, to: OrderStatusName): boolean {
  return next[from].includes(to);
}

export function nextStatuses(from: OrderStatusName): OrderStatusName[] {
  return next[from];
}
