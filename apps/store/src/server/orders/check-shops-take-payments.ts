import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import type { CartLineInput } from "../cart/cart-schemas";

/**
 * Refuses a cart with a shop that cannot be paid now (payments off here, or its payout account not taking charges),
 * naming the shop, before any stock is taken.
 */
export async function checkShopsTakePayments(input: {
  db: Database;
  lines: CartLineInput[];
  canTakeCardPayments: (shopId: string) => Promise<boolean>;
}): Promise<void> {
  const { db, lines, canTakeCardPayments } = input;
  const shops = await db.shop.findMany({ where: { variants: { some: { id: { in: lines.map((line) => line.variantId) } } } }, select: { id: true, name: true } });
  for (const shop of shops) {
    if (!(await canTakeCardPayments(shop.id))) {
      throw new AppError("conflict", `${shop.name} cannot take payments right now; remove its items from your cart or try again later.`);
    }
  }
}
