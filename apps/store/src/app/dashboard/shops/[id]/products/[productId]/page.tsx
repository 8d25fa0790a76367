import { OwnerPage } from "@stepperslife/ui";
import { ActionButton } from "@stepperslife/ui/client";
import { orNotFound, parseRouteParams } from "@stepperslife/ui/server";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ProductDetailsForm } from "@/components/product-details-form";
import { ProductPhotos } from "@/components/product-photos";
import { ShopTabs } from "@/components/shop-tabs";
import { VariantMatrixEditor } from "@/components/variant-matrix-editor";
import { categories, categoryLabels } from "@/server/catalog/catalog-schemas";
import { imageUploadUrls, MAX_PRODUCT_PHOTOS } from "@/server/images/image-target";
import { getOwnedProduct } from "@/server/products/get-owned-product";
import { db } from "@/vertical";
import { loadOwnedShop } from "../../load-owned-shop";
import "../../../../../owner.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Edit product" };

const choices = categories.map((value) => ({ value, label: categoryLabels[value] }));
const productParams = z.object({ id: z.uuid(), productId: z.uuid() });

/** One product's editor: details, photos, the size × colour matrix with SKU, price and stock, and publishing. */
export default async function EditProductPage({ params }: { params: Promise<{ id: string; productId: string }> }) {
  const raw = await params;
  const shop = await loadOwnedShop(raw.id, `/products/${raw.productId}`);
  const { productId } = await parseRouteParams(raw, productParams);
  const product = await orNotFound(() => getOwnedProduct({ db: db(), ownerId: shop.ownerId, productId }));
  if (product.shopId !== shop.id) notFound();
  const skuCode = product.slug.split("-")[0]!.slice(0, 8).toUpperCase();
  return (
    <OwnerPage title={product.name} nav={<ShopTabs shopId={shop.id} current="products" name={shop.name} />}>
      <div className="sl-row" style={{ gap: "0.75rem" }}>
        <span className={`sl-badge ${product.published ? "sl-badge--ok" : "sl-badge--quiet"}`}>{product.published ? "Published" : "Draft"}</span>
        <ActionButton
          url={`/api/owner/products/${product.id}/published`}
          method="PUT"
          body={{ published: !product.published }}
          label={product.published ? "Unpublish" : "Publish"}
          className={product.published ? "sl-btn sl-btn--ghost" : "sl-btn"}
          {...(product.published ? { confirm: `Take ${product.name} off sale? Buyers will no longer see it.` } : {})}
        />
        {product.published ? <Link href={`/p/${product.slug}`}>See it as buyers do</Link> : null}
      </div>
      <ProductDetailsForm
        shopId={shop.id}
        productId={product.id}
        initial={{ name: product.name, description: product.description, category: product.category, lowStockThreshold: product.lowStockThreshold }}
        categories={choices}
      />
      <ProductPhotos
        productId={product.id}
        productName={product.name}
        photos={product.images}
        upload={imageUploadUrls(shop.id, { target: "product", productId: product.id })}
        max={MAX_PRODUCT_PHOTOS}
      />
      {/* Keyed by the saved variants, so after a save the grid starts again from what was stored (with its new ids). */}
      <VariantMatrixEditor key={product.variants.map((variant) => `${variant.id}:${variant.sku}:${variant.stock}`).join(",")} productId={product.id} skuCode={skuCode} variants={product.variants} />
    </OwnerPage>
  );
}
