import { OwnerPage } from "@stepperslife/ui";
import type { Metadata } from "next";
import { ProductDetailsForm } from "@/components/product-details-form";
import { ShopTabs } from "@/components/shop-tabs";
import { categories, categoryLabels } from "@/server/catalog/catalog-schemas";
import { loadOwnedShop } from "../../load-owned-shop";

export const metadata: Metadata = { title: "Add a product" };

const choices = categories.map((value) => ({ value, label: categoryLabels[value] }));

export default async function NewProductPage({ params }: { params: Promise<{ id: string }> }) {
  const shop = await loadOwnedShop(params, "/products/new");
  return (
    <OwnerPage title={`Add a product to ${shop.name}`} nav={<ShopTabs shopId={shop.id} current="products" name={shop.name} />}>
      <p className="sl-muted">It starts as a draft: add photos, sizes and colours with their prices and stock, then publish it.</p>
      <ProductDetailsForm shopId={shop.id} initial={{ name: "", description: "", category: "shoes", lowStockThreshold: 3 }} categories={choices} />
    </OwnerPage>
  );
}
