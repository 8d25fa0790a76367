import { z } from "zod";

export const dietaryTags = ["vegetarian", "vegan", "gluten-free", "dairy-free", "nut-free", "halal", "spicy"] as const;

export const categoryInputSchema = z.object({ name: z.string().trim().min(1).max(60) }).strict();

const itemShape = {
  categoryId: z.uuid(),
  name: z.string().trim().min(1).max(80),
  description: z.string().trim().max(500),
  priceCents: z.number().int().min(0).max(100_000),
  dietaryTags: z.array(z.enum(dietaryTags)).max(dietaryTags.length).transform((tags) => [...new Set(tags)]),
  soldOut: z.boolean(),
};

export const menuItemInputSchema = z
  .object({ ...itemShape, description: itemShape.description.default(""), dietaryTags: itemShape.dietaryTags.default([]), soldOut: itemShape.soldOut.default(false) })
  .strict();
export type MenuItemInput = z.output<typeof menuItemInputSchema>;

export const menuItemUpdateSchema = z
  .object(itemShape)
  .partial()
  .extend({ removeImage: z.literal(true).optional() })
  .strict()
  .refine((value) => Object.keys(value).length > 0, { error: "nothing to change" });
export type MenuItemUpdate = z.output<typeof menuItemUpdateSchema>;

/** The whole menu's order: categories top to bottom, each with its items top to bottom. */
export const menuOrderSchema = z
  .object({ categories: z.array(z.object({ id: z.uuid(), itemIds: z.array(z.uuid()).max(500) }).strict()).max(100) })
  .strict();
export type MenuOrder = z.output<typeof menuOrderSchema>;
