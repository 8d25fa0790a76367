import { AppError } from "@stepperslife/http";
import type { Database, Transaction } from "../../vertical";
import { forgetCatalogSnapshot } from "../catalog/forget-catalog-snapshot";
import { findOwnedProduct } from "./find-owned-product";
import type { VariantMatrix } from "./product-schemas";

type Row = VariantMatrix["variants"][number];

const skuTaken = (index: number, sku: string, productName: string) =>
  new AppError("conflict", `SKU ${sku} is already used by ${productName} in this shop. Choose another.`, {
    fields: [{ path: `body.variants.${index}.sku`, message: `Already used by ${productName}.` }],
  });

/**
 * Saves a product's whole size × colour matrix in one transaction: listed ids updated, new rows created, the
 * product's other variants deleted (order lines keep their copied names). A SKU another product of the shop uses is
 * a 409 naming the cell; an id that is not this product's is a 404. Nothing is written unless all of it is.
 */
export async function saveVariants({ db, ownerId, productId, input }: { db: Database; ownerId: string; productId: string; input: VariantMatrix }) {
  const product = await findOwnedProduct({ db, ownerId, productId });
  const rows = input.variants;
  try {
    await db.$transaction(async (tx) => {
      // One save of a product's matrix at a time: two editors' saves must not interleave their deletes and creates.
      await tx.$queryRaw`SELECT 1 FROM products WHERE id = ${productId}::uuid FOR UPDATE`;
      const existing = await tx.productVariant.findMany({ where: { productId } });
      const ours = new Map(existing.map((variant) => [variant.id, variant]));
      if (rows.some((row) => row.id && !ours.has(row.id))) throw new AppError("not_found", "There is no such variant of this product.");
      await refuseSkusOfOtherProducts(tx, { shopId: product.shopId, productId, rows });
      const kept = new Set(rows.flatMap((row) => (row.id ? [row.id] : [])));
      await tx.productVariant.deleteMany({ where: { productId, id: { notIn: [...kept] } } });
      // Rows whose SKU or cell changes first step aside, so two variants may swap SKUs or sizes without a clash.
      const moving = rows.filter((row) => {
        const current = row.id ? ours.get(row.id) : undefined;
        return current && (current.sku !== row.sku || current.size !== row.size || current.colour !== row.colour);
      });
      for (const row of moving) {
        const aside = `~moving~${row.id}`;
        await tx.productVariant.update({ where: { id: row.id }, data: { sku: aside, size: aside } });
      }
      for (const [position, row] of rows.entries()) {
        const data = { size: row.size, colour: row.colour, sku: row.sku, priceCents: row.priceCents, stock: row.stock, position };
        if (row.id) await tx.productVariant.update({ where: { id: row.id }, data });
        else await tx.productVariant.create({ data: { ...data, productId, shopId: product.shopId } });
      }
    });
  } catch (error) {
    // Another product took one of these SKUs between the check and the write.
    if ((error as { code?: string }).code === "P2002") throw new AppError("conflict", "One of these SKUs was just used by another product of this shop. Check them and save again.", { cause: error });
    throw error;
  }
  forgetCatalogSnapshot({ db });
  return db.productVariant.findMany({ where: { productId }, orderBy: { position: "asc" } });
}

async function refuseSkusOfOtherProducts(tx: Transaction, { shopId, productId, rows }: { shopId: string; productId: string; rows: Row[] }) {
  const clashes = await tx.productVariant.findMany({
    where: { shopId, productId: { not: productId }, sku: { in: rows.map((row) => row.sku), mode: "insensitive" } },
    select: { sku: true, product: { select: { name: true } } },
  });
  const [clash] = clashes;
  if (!clash) return;
  const index = rows.findIndex((row) => row.sku.toUpperCase() === clash.sku.toUpperCase());
  throw skuTaken(index, rows[index]!.sku, clash.product.name);
}
