import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { categoryLabels, type Category } from "./catalog-schemas";
import { describeAvailability } from "./describe-availability";
import { describePriceRange } from "./describe-price-range";
import { describeShopTerms, type ShopTerms } from "./describe-shop-terms";
import { formatPrice } from "./format-price";
import { imagePath } from "./image-path";
import { sortSizes } from "./sort-sizes";
import { variantLabel } from "./variant-label";

export interface ProductVariantView {
  id: string;
  size: string;
  colour: string;
  /** "Size 10 · Black"; empty for a product with a single variant. */
  label: string;
  sku: string;
  priceCents: number;
  priceLabel: string;
  stock: number;
  /** "Sold out", "Only 2 left" or "In stock". */
  availability: string;
}

export interface ProductPage {
  id: string;
  slug: string;
  name: string;
  description: string;
  category: Category;
  categoryLabel: string;
  priceLabel: string;
  inStock: boolean;
  images: { id: string; url: string; thumbUrl: string; alt: string }[];
  /** The picker's choices, in wearing order; empty when the product has no sizes (or colours). */
  sizes: string[];
  colours: string[];
  variants: ProductVariantView[];
  shop: { id: string; slug: string; name: string; city: string; region: string; logoUrl: string | null; terms: ShopTerms };
}

/**
 * Everything the public product page shows, stock read fresh: photos, the variant matrix with each variant's own
 * price and availability, and the shop's shipping and return terms. Unknown or unpublished: 404.
 */
export async function getProductPage({ db, slug }: { db: Database; slug: string }): Promise<ProductPage> {
  const product = await db.product.findFirst({
    where: { slug, published: true },
    include: {
      shop: true,
      images: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
      variants: { orderBy: [{ position: "asc" }, { createdAt: "asc" }] },
    },
  });
  if (!product || product.variants.length === 0) throw new AppError("not_found", "This product is not in the store.");
  const prices = product.variants.map((variant) => variant.priceCents);
  const { shop } = product;
  return {
    id: product.id,
    slug: product.slug,
    name: product.name,
    description: product.description,
    category: product.category,
    categoryLabel: categoryLabels[product.category],
    priceLabel: describePriceRange({ minCents: Math.min(...prices), maxCents: Math.max(...prices) }),
    inStock: product.variants.some((variant) => variant.stock > 0),
    images: product.images.map((image) => ({
      id: image.id,
      url: imagePath(image.key, 1280)!,
      thumbUrl: imagePath(image.key, 160)!,
      alt: image.alt || product.name,
    })),
    sizes: sortSizes(product.variants.map((variant) => variant.size).filter(Boolean)),
    colours: [...new Set(product.variants.map((variant) => variant.colour).filter(Boolean))],
    variants: product.variants.map((variant) => ({
      id: variant.id,
      size: variant.size,
      colour: variant.colour,
      label: variantLabel(variant),
      sku: variant.sku,
      priceCents: variant.priceCents,
      priceLabel: formatPrice(variant.priceCents),
      stock: variant.stock,
      availability: describeAvailability({ stock: variant.stock, lowStockThreshold: product.lowStockThreshold }),
    })),
    shop: {
      id: shop.id,
      slug: shop.slug,
      name: shop.name,
      city: shop.city,
      region: shop.region,
      logoUrl: imagePath(shop.logoKey, 320),
      terms: describeShopTerms(shop),
    },
  };
}
