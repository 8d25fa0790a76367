import { OwnerPage } from "@stepperslife/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { ShopTabs } from "@/components/shop-tabs";
import { categoryLabels } from "@/server/catalog/catalog-schemas";
import { listOwnedProducts } from "@/server/products/list-owned-products";
import { db } from "@/vertical";
import { loadOwnedShop } from "../load-owned-shop";
import "../../../../owner.css";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Products" };

/** A shop's products, drafts included: which are on sale, how much stock is left and which sizes are running low. */
export default async function ShopProductsPage({ params }: { params: Promise<{ id: string }> }) {
  const shop = await loadOwnedShop(params, "/products");
  const products = await listOwnedProducts({ db: db(), ownerId: shop.ownerId, shopId: shop.id });
  const base = `/dashboard/shops/${shop.id}/products`;
  return (
    <OwnerPage title={`Products of ${shop.name}`} nav={<ShopTabs shopId={shop.id} current="products" name={shop.name} />}>
      <p className="sl-row" style={{ margin: 0 }}>
        <Link className="sl-button" href={`${base}/new`}>
          Add a product
        </Link>
      </p>
      {products.length === 0 ? <p>No products yet. Add one, give it photos and sizes, then publish it.</p> : null}
      {products.length ? (
        <table className="sl-table sl-table--cards">
          <thead>
            <tr>
              <th scope="col">Product</th>
              <th scope="col">Status</th>
              <th scope="col">Price</th>
              <th scope="col">In stock</th>
              <th scope="col">Running low</th>
            </tr>
          </thead>
          <tbody>
            {products.map((product) => (
              <tr key={product.id}>
                <td data-label="Product">
                  <span className="st-owner-shop__head">
                    {product.imageUrl ? <img className="st-owner-logo" src={product.imageUrl} alt="" /> : null}
                    <span>
                      <Link href={`${base}/${product.id}`}>{product.name}</Link>
                      <br />
                      <span className="sl-muted">{categoryLabels[product.category]}</span>
                    </span>
                  </span>
                </td>
                <td data-label="Status">
                  <span className={`sl-badge ${product.published ? "sl-badge--ok" : "sl-badge--quiet"}`}>{product.published ? "Published" : "Draft"}</span>
                </td>
                <td data-label="Price">{product.price ?? "—"}</td>
                <td data-label="In stock">
                  {product.stockTotal} in {product.variantCount} variant{product.variantCount === 1 ? "" : "s"}
                </td>
                <td data-label="Running low">
                  {product.lowStock.length ? (
                    <span className="sl-badge sl-badge--off" title={product.lowStock.map((variant) => `${variant.label || variant.sku}: ${variant.stock}`).join(", ")}>
                      {product.lowStock.length} low (≤ {product.lowStockThreshold})
                    </span>
                  ) : (
                    <span className="sl-muted">—</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </OwnerPage>
  );
}
