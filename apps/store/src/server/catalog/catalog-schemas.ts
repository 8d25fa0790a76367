import { z } from "zod";

/** The store's categories in the order buyers see them, with their names for people. */
export const categoryLabels = { shoes: "Shoes", apparel: "Apparel", music: "Music", accessories: "Accessories" } as const;

export type Category = keyof typeof categoryLabels;

export const categories = Object.keys(categoryLabels) as Category[];

/** How a listing may be ordered, with the words the sort menu says. */
export const sortLabels = { new: "Newest first", price_asc: "Price: low to high", price_desc: "Price: high to low" } as const;

export type CatalogSort = keyof typeof sortLabels;

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "expected a shop's address name" }).max(60);
// Whole dollars or dollars and cents as people type them in the price boxes ("50", "49.99").
const dollars = z.coerce
  .number({ error: "expected an amount in dollars" })
  .min(0, { error: "a price can't be negative" })
  .max(100_000, { error: "expected at most $100,000" })
  .transform((amount) => Math.round(amount * 100));
const text = z.string().trim().min(1).max(40);

/**
 * Public listing filters: GET /api/products?q=&category=&size=&colour=&minPrice=&maxPrice=&shop=&inStock=1&sort= and
 * the home page's search form. Prices are dollars on the way in and cents after parsing.
 */
export const productFiltersSchema = z
  .object({
    q: z.string().trim().max(100).optional(),
    category: z.enum(categories as [Category, ...Category[]]).optional(),
    size: text.optional(),
    colour: text.optional(),
    minPrice: dollars.optional(),
    maxPrice: dollars.optional(),
    shop: slug.optional(),
    inStock: z.enum(["1", "true", "0", "false"]).optional().transform((value) => value === "1" || value === "true"),
    sort: z.enum(Object.keys(sortLabels) as [CatalogSort, ...CatalogSort[]]).default("new"),
  })
  .strict()
  .refine((filters) => filters.minPrice === undefined || filters.maxPrice === undefined || filters.minPrice <= filters.maxPrice, {
    error: "the lowest price must not be above the highest",
    path: ["maxPrice"],
  });

export type ProductFilters = z.output<typeof productFiltersSchema>;

/** The filters that list everything, newest first. */
export const noFilters: ProductFilters = { inStock: false, sort: "new" };

/** /p/<slug> and /shops/<slug>: a malformed slug is a 404 before any query. */
export const slugParamsSchema = z.object({ slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "unknown address" }).max(80) });
