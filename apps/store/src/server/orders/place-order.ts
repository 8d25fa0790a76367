import type { SessionUser } from "@stepperslife/auth-config";
import { AppError } from "@stepperslife/http";
import type { Database, Transaction } from "../../vertical";
import { MAX_ORDER_SHOPS, type CartLineInput } from "../cart/cart-schemas";
import { forgetCatalogSnapshot } from "../catalog/forget-catalog-snapshot";
import { variantLabel } from "../catalog/variant-label";
import { HOLD_MINUTES, ORDER_TRANSACTION } from "./order-transaction";
import { shippingForPart } from "./shipping-for-part";

export interface PlacedOrder {
  id: string;
  totalCents: number;
  shopIds: string[];
}

/** Stripe's smallest card payment in dollars. */
const MINIMUM_PAYMENT_CENTS = 50;

/**
 * Takes each line's stock with one guarded UPDATE (stock ≥ quantity, product published), in variant-id order so two
 * carts never lock the same rows in opposite orders. However many buyers race for the last units, only as many
 * orders as there are units succeed; a line that cannot be taken rolls the whole order back.
 */
async function takeStock(tx: Transaction, lines: CartLineInput[]): Promise<void> {
  for (const line of [...lines].sort((a, b) => a.variantId.localeCompare(b.variantId))) {
    const taken = await tx.$queryRaw<{ id: string }[]>`
      UPDATE product_variants AS v SET stock = v.stock - ${line.quantity}, updated_at = now()
      FROM products AS p
      WHERE v.id = ${line.variantId}::uuid AND p.id = v.product_id AND p.published AND v.stock >= ${line.quantity}
      RETURNING v.id`;
    if (taken.length === 1) continue;
    const variant = await tx.productVariant.findUnique({ where: { id: line.variantId }, include: { product: true } });
    if (!variant || !variant.product.published) throw new AppError("conflict", "Something in your cart is no longer for sale; review your cart.");
    const name = [variant.product.name, variantLabel(variant)].filter(Boolean).join(", ");
    throw new AppError("conflict", variant.stock === 0 ? `${name} just sold out; remove it from your cart.` : `Only ${variant.stock} left of ${name}; lower the quantity.`);
  }
}

/**
 * Places one order for a cart across shops: stock taken and held until the payment's deadline, prices and names
 * copied from the database (never the request), one shipment per shop with that shop's shipping. The order awaits
 * payment; the checkout flow opens Stripe for it and marks it paid, or cancels it and gives the stock back.
 */
export async function placeOrder({ db, customer, lines, now = new Date() }: { db: Database; customer: SessionUser; lines: CartLineInput[]; now?: Date }): Promise<PlacedOrder> {
  const placed = await db.$transaction(async (tx) => {
    await takeStock(tx, lines);
    const variants = await tx.productVariant.findMany({
      where: { id: { in: lines.map((line) => line.variantId) } },
      include: { product: { select: { id: true, name: true, kind: true } }, shop: true },
    });
    const quantities = new Map(lines.map((line) => [line.variantId, line.quantity]));
    const parts = new Map<string, { shop: (typeof variants)[number]["shop"]; variants: typeof variants }>();
    for (const variant of variants) {
      const part = parts.get(variant.shopId) ?? { shop: variant.shop, variants: [] };
      part.variants.push(variant);
      parts.set(variant.shopId, part);
    }
    if (parts.size > MAX_ORDER_SHOPS) {
      throw new AppError("unprocessable", `One order can hold items from at most ${MAX_ORDER_SHOPS} shops; pay for the rest in a second order.`);
    }
    const shipments = [...parts.values()].map(({ shop, variants: shopVariants }) => {
      const subtotalCents = shopVariants.reduce((sum, variant) => sum + variant.priceCents * quantities.get(variant.id)!, 0);
      return { shop, variants: shopVariants, subtotalCents, shippingCents: shippingForPart(shop, subtotalCents) };
    });
    const subtotalCents = shipments.reduce((sum, part) => sum + part.subtotalCents, 0);
    const shippingCents = shipments.reduce((sum, part) => sum + part.shippingCents, 0);
    if (subtotalCents + shippingCents < MINIMUM_PAYMENT_CENTS) throw new AppError("unprocessable", "Card payments start at $0.50; add something to your cart.");
    const order = await tx.order.create({
      data: {
        customerId: customer.id,
        customerEmail: customer.email,
        customerName: customer.name,
        status: "awaiting_payment",
        subtotalCents,
        shippingCents,
        totalCents: subtotalCents + shippingCents,
        currency: "usd",
        holdExpiresAt: new Date(now.getTime() + HOLD_MINUTES * 60_000),
      },
    });
    for (const part of shipments) {
      await tx.shipment.create({
        data: {
          orderId: order.id,
          shopId: part.shop.id,
          status: "awaiting_payment",
          subtotalCents: part.subtotalCents,
          shippingCents: part.shippingCents,
          changes: { create: { fromStatus: null, toStatus: "awaiting_payment", actor: "buyer", at: now } },
          lines: {
            create: part.variants.map((variant) => ({
              orderId: order.id,
              productId: variant.product.id,
              variantId: variant.id,
              productName: variant.product.name,
              variantLabel: variantLabel(variant),
              sku: variant.sku,
              kind: variant.product.kind,
              unitPriceCents: variant.priceCents,
              quantity: quantities.get(variant.id)!,
            })),
          },
        },
      });
    }
    return { id: order.id, totalCents: order.totalCents, shopIds: shipments.map((part) => part.shop.id) };
  }, ORDER_TRANSACTION);
  // Stock changed: the catalog's "Only 2 left" and "In stock only" must not wait for the snapshot to age.
  forgetCatalogSnapshot({ db });
  return placed;
}
