import { categoryLabels, type Category } from "./catalog-schemas";
import { describePriceRange } from "./describe-price-range";
import { imagePath } from "./image-path";

export interface ProductCardSource {
  id: string;
  slug: string;
  name: string;
  category: Category;
  publishedAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  shop: { slug: string; name: string };
  images: { key: string; alt: string }[];
  variants: { priceCents: number; stock: number }[];
}

/** A product in a grid (the browse page, a shop's page) and in GET /api/products. */
export interface ProductCard {
  id: string;
  slug: string;
  name: string;
  shop: { name: string; slug: string };
  category: Category;
  categoryLabel: string;
  /** The cover photo's thumbnail (640 px), app-relative; null without photos. */
  imageUrl: string | null;
  imageAlt: string;
  price: { minCents: number; maxCents: number; label: string };
  /** Some variant has stock. */
  inStock: boolean;
  /** When it was published: "new" orders by it. */
  publishedAt: string;
  /** Published in the last two weeks. */
  isNew: boolean;
  /** Last edited (the portal's cards carry it). */
  updatedAt: string;
}

/** The card of a published product with at least one variant (its first image is the cover). */
export function toProductCard(product: ProductCardSource): Omit<ProductCard, "isNew"> {
  const prices = product.variants.map((variant) => variant.priceCents);
  const price = { minCents: Math.min(...prices), maxCents: Math.max(...prices) };
  const cover = product.images[0];
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    shop: { name: product.shop.name, slug: product.shop.slug },
    category: product.category,
    categoryLabel: categoryLabels[product.category],
    imageUrl: imagePath(cover?.key, 640),
    imageAlt: cover?.alt || product.name,
    price: { ...price, label: describePriceRange(price) },
    inStock: product.variants.some((variant) => variant.stock > 0),
    publishedAt: (product.publishedAt ?? product.createdAt).toISOString(),
    updatedAt: product.updatedAt.toISOString(),
  };
}
