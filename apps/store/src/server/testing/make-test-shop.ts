import type { PrismaClient } from "../../generated/prisma/client";

let made = 0;

/**
 * A published product with its variants in a new shop, written straight to the database: order tests need exact
 * stock and prices, not the demo catalogue's. Each call makes a shop of its own (unique slugs and SKUs).
 */
export async function makeTestShop(
  db: PrismaClient,
  input: { name?: string; ownerId?: string; shippingFlatCents?: number; freeShippingOverCents?: number | null; variants: Array<{ size?: string; colour?: string; priceCents: number; stock: number }> },
) {
  made += 1;
  const tag = `${Date.now().toString(36)}-${made}`;
  const shop = await db.shop.create({
    data: {
      slug: `test-shop-${tag}`,
      ownerId: input.ownerId ?? `test-owner-${tag}`,
      name: input.name ?? `Test Shop ${made}`,
      city: "Chicago",
      region: "IL",
      timeZone: "America/Chicago",
      shippingFlatCents: input.shippingFlatCents ?? 800,
      freeShippingOverCents: input.freeShippingOverCents ?? null,
    },
  });
  const product = await db.product.create({
    data: { shopId: shop.id, slug: `test-product-${tag}`, name: `Glide ${made}`, category: "shoes", published: true, publishedAt: new Date() },
  });
  const variants = [];
  for (const [position, variant] of input.variants.entries()) {
    variants.push(
      await db.productVariant.create({
        data: { productId: product.id, shopId: shop.id, size: variant.size ?? "", colour: variant.colour ?? "", sku: `SKU-${tag}-${position}`, priceCents: variant.priceCents, stock: variant.stock, position },
      }),
    );
  }
  return { shop, product, variants };
}
