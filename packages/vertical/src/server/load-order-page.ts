import type { SessionUser } from "@stepperslife/auth-config";
import type { CheckoutFlow } from "@stepperslife/payments";
import { orNotFound, parseRouteParams, type PageParams } from "@stepperslife/ui/server";
import { z } from "zod";

const orderParams = z.object({ id: z.uuid() });

export interface OrderPageInput<Client, Order> {
  /** The page's `params` (its `[id]` segment) and `searchParams` (what Stripe's return URL carries). */
  params: Promise<{ id: string }>;
  searchParams: PageParams;
  /** The signed-in person's own order (or one of their business's), or null / AppError "not_found". */
  load(input: { db: Client; orderId: string; userId: string }): Promise<Order | null>;
}

/**
 * What every vertical's `/orders/[id]` page does first, where Stripe's success and cancel pages land: sign-in (a
 * malformed link still asks who you are, so it cannot be probed), a 404 for anything but an order id, the returning
 * checkout confirmed with Stripe (the webhook may not have arrived yet), then the person's order or the 404 page.
 */
export async function loadOrderPage<Client, Order>({
  input: { params, searchParams, load },
  requireUser,
  flow,
  db,
}: {
  input: OrderPageInput<Client, Order>;
  requireUser: (callbackPath: string) => Promise<SessionUser>;
  flow: Pick<CheckoutFlow, "confirmReturningCheckout">;
  db: () => Client;
}) {
  const [raw, query] = await Promise.all([params, searchParams]);
  const user = await requireUser(`/orders/${raw.id}`);
  const { id } = await parseRouteParams(raw, orderParams);
  await flow.confirmReturningCheckout({ orderId: id, searchParams: query });
  const order = await orNotFound(load({ db: db(), orderId: id, userId: user.id }));
  // "cancelled": the person left Stripe's page without paying; the page offers to pay while the order still waits.
  return { user, order, leftPaymentPage: query.checkout === "cancelled" };
}
