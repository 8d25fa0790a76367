import "server-only";
import { createPayments, type Payments } from "@stepperslife/payments";
import { env } from "../env";

let created: Payments | null | undefined;

/** This app's own Stripe account, or null when it has no Stripe keys (then only free tickets can be had). */
export function payments(): Payments | null {
  if (created === undefined) created = createPayments(env());
  return created;
}
