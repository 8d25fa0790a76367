import { z } from "zod";
import { categories, type Category } from "../catalog/catalog-schemas";

const productShape = {
  name: z.string().trim().min(2).max(100),
  description: z.string().trim().max(4000),
  // Downloads (ProductKind.digital) are not offered yet: every product made here is shipped.
  category: z.enum(categories as [Category, ...Category[]]),
  lowStockThreshold: z.number().int().min(0).max(1000),
};

/** POST /api/owner/shops/{id}/products: a new draft product; its web address comes from the name. */
export const productInputSchema = z
  .object({ ...productShape, description: productShape.description.default(""), lowStockThreshold: productShape.lowStockThreshold.default(3) })
  .strict();
export type ProductInput = z.output<typeof productInputSchema>;

/** PATCH /api/owner/products/{id}: any of its details. */
export const productUpdateSchema = z
  .object(productShape)
  .partial()
  .strict()
  .refine((value) => Object.keys(value).length > 0, { error: "nothing to change" });
export type ProductUpdate = z.output<typeof productUpdateSchema>;

const option = z.string().trim().max(30);

/** One cell of the size × colour matrix: existing ones carry their id, new ones none. */
const variantSchema = z
  .object({
    id: z.uuid().optional(),
    size: option.default(""),
    colour: option.default(""),
    sku: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[A-Za-z0-9][A-Za-z0-9._-]*$/, { error: "SKU: letters, digits, dots, dashes and underscores" }),
    priceCents: z.number().int().min(1).max(1_000_000),
    stock: z.number().int().min(0).max(100_000),
  })
  .strict();

/**
 * PUT /api/owner/products/{id}/variants: the whole matrix as it should be. Listed ids are updated, new rows created,
 * the product's variants left out deleted. Every size × colour once and every SKU once (said at the repeated cell).
 */
export const variantMatrixSchema = z
  .object({ variants: z.array(variantSchema).min(1, { error: "Add at least one size or colour with its price and stock." }).max(200) })
  .strict()
  .superRefine(({ variants }, context) => {
    const cells = new Map<string, number>();
    const skus = new Map<string, number>();
    const ids = new Set<string>();
    variants.forEach((variant, index) => {
      const cell = `${variant.size.toLowerCase()}\u0001${variant.colour.toLowerCase()}`;
      if (cells.has(cell)) context.addIssue({ code: "custom", path: ["variants", index, "size"], message: "This size and colour are listed twice." });
      cells.set(cell, index);
      const sku = variant.sku.toUpperCase();
      if (skus.has(sku)) context.addIssue({ code: "custom", path: ["variants", index, "sku"], message: `SKU ${variant.sku} is used twice in this product.` });
      skus.set(sku, index);
      if (variant.id && ids.has(variant.id)) context.addIssue({ code: "custom", path: ["variants", index, "id"], message: "This variant is listed twice." });
      if (variant.id) ids.add(variant.id);
    });
  });
export type VariantMatrix = z.output<typeof variantMatrixSchema>;

/** PUT /api/owner/products/{id}/published. */
export const publishSchema = z.object({ published: z.boolean() }).strict();

/** PUT /api/owner/products/{id}/images: the product's photos in their new order, the cover first. */
export const imageOrderSchema = z.object({ imageIds: z.array(z.uuid()).min(1).max(30) }).strict();

/** DELETE /api/owner/products/{id}/images/{imageId}. */
export const productImageParamsSchema = z.object({ id: z.uuid({ error: "expected an id" }), imageId: z.uuid({ error: "expected an id" }) });
