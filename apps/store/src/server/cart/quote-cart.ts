import type { Database } from "../../vertical";
import { imagePath } from "../catalog/image-path";
import { variantLabel } from "../catalog/variant-label";
import { shippingForPart } from "../orders/shipping-for-part";
import type { CartLineInput } from "./cart-schemas";

export interface QuotedLine {
  variantId: string;
  productSlug: string;
  productName: string;
  variantLabel: string;
  sku: string;
  unitPriceCents: number;
  quantity: number;
  lineCents: number;
  /** What is in stock now; the order takes stock only when it is placed. */
  stock: number;
  imagePath: string | null;
  /** Why this line cannot be bought as it is ("Only 2 left"), or null. */
  problem: string | null;
}

export interface QuotedShop {
  shop: { id: string; slug: string; name: string };
  lines: QuotedLine[];
  subtotalCents: number;
  shippingCents: number;
  totalCents: number;
}

export interface CartQuote {
  shops: QuotedShop[];
  /** Variant ids that are no longer for sale (removed, or the product unpublished): the cart drops them. */
  unavailable: string[];
  subtotalCents: number;
  shippingCents: number;
  totalCents: number;
  /** Whether the cart can be paid as it stands: every line in stock, nothing unavailable. */
  orderable: boolean;
}

/**
 * The cart as it would be ordered now, one part per shop with its own shipping: prices, names and stock from the
 * database (the browser only keeps ids and quantities). Shops in the order their first line was added.
 */
export async function quoteCart({ db, lines }: { db: Database; lines: CartLineInput[] }): Promise<CartQuote> {
  const variants = await db.productVariant.findMany({
    where: { id: { in: lines.map((line) => line.variantId) }, product: { published: true } },
    include: {
      product: { select: { slug: true, name: true, images: { orderBy: { position: "asc" }, take: 1, select: { key: true } } } },
      shop: { select: { id: true, slug: true, name: true, shippingFlatCents: true, freeShippingOverCents: true } },
    },
  });
  const byId = new Map(variants.map((variant) => [variant.id, variant]));
  const parts = new Map<string, { shop: (typeof variants)[number]["shop"]; lines: QuotedLine[] }>();
  const unavailable: string[] = [];
  for (const line of lines) {
    const variant = byId.get(line.variantId);
    if (!variant) {
      unavailable.push(line.variantId);
      continue;
    }
    const problem = variant.stock <= 0 ? "Sold out" : variant.stock < line.quantity ? `Only ${variant.stock} left` : null;
    const part = parts.get(variant.shopId) ?? { shop: variant.shop, lines: [] };
    part.lines.push({
      variantId: variant.id,
      productSlug: variant.product.slug,
      productName: variant.product.name,
      variantLabel: variantLabel(variant),
      sku: variant.sku,
      unitPriceCents: variant.priceCents,
      quantity: line.quantity,
      lineCents: variant.priceCents * line.quantity,
      stock: variant.stock,
      imagePath: imagePath(variant.product.images[0]?.key, 160),
      problem,
    });
    parts.set(variant.shopId, part);
  }
  const shops = [...parts.values()].map(({ shop, lines: shopLines }) => {
    const subtotalCents = shopLines.reduce((sum, line) => sum + line.lineCents, 0);
    const shippingCents = shippingForPart(shop, subtotalCents);
    return { shop: { id: shop.id, slug: shop.slug, name: shop.name }, lines: shopLines, subtotalCents, shippingCents, totalCents: subtotalCents + shippingCents };
  });
  const sum = (pick: (shop: QuotedShop) => number) => shops.reduce((total, shop) => total + pick(shop), 0);
  return {
    shops,
    unavailable,
    subtotalCents: sum((shop) => shop.subtotalCents),
    shippingCents: sum((shop) => shop.shippingCents),
    totalCents: sum((shop) => shop.totalCents),
    orderable: unavailable.length === 0 && shops.length > 0 && shops.every((shop) => shop.lines.every((line) => line.problem === null)),
  };
}
