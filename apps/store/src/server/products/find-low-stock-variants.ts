import { variantLabel } from "../catalog/variant-label";
import type { Database } from "../../vertical";

export interface LowStockVariant {
  variantId: string;
  productId: string;
  shopId: string;
  productName: string;
  label: string;
  sku: string;
  stock: number;
}

interface Row {
  variant_id: string;
  product_id: string;
  shop_id: string;
  product_name: string;
  size: string;
  colour: string;
  sku: string;
  stock: number;
}

/**
 * The owner's variants at or below their product's low-stock threshold (physical products only: a download never
 * runs out), emptiest first. One query: the threshold is a column of the product, which Prisma cannot compare across.
 */
export async function findLowStockVariants({ db, ownerId, shopId }: { db: Database; ownerId: string; shopId?: string }): Promise<LowStockVariant[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT v.id AS variant_id, p.id AS product_id, p.shop_id, p.name AS product_name, v.size, v.colour, v.sku, v.stock
    FROM product_variants v
    JOIN products p ON p.id = v.product_id
    JOIN shops s ON s.id = p.shop_id
    WHERE s.owner_id = ${ownerId} AND (${shopId ?? null}::uuid IS NULL OR s.id = ${shopId ?? null}::uuid)
      AND p.kind = 'physical' AND v.stock <= p.low_stock_threshold
    ORDER BY v.stock ASC, p.name ASC, v.position ASC`;
  return rows.map((row) => ({
    variantId: row.variant_id,
    productId: row.product_id,
    shopId: row.shop_id,
    productName: row.product_name,
    label: variantLabel(row),
    sku: row.sku,
    stock: Number(row.stock),
  }));
}
