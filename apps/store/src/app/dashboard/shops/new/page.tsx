import type { Metadata } from "next";
import { BackLink, OwnerPage } from "@stepperslife/ui";
import { ShopProfileForm } from "@/components/shop-profile-form";
import { US_TIME_ZONES } from "@stepperslife/format";
import { newShopFormValues } from "@/server/shops/to-shop-form-values";
import { auth } from "@/vertical";

export const metadata: Metadata = { title: "Open a shop" };

export default async function NewShopPage() {
  await auth.requireOwner("/dashboard/shops/new");
  return (
    <OwnerPage title="Open a shop" nav={<BackLink href="/dashboard">All your shops</BackLink>}>
      <p className="sl-muted">Your shop&apos;s web address comes from its name. You add products, photos and sizes next.</p>
      <ShopProfileForm initial={newShopFormValues} timeZones={US_TIME_ZONES} />
    </OwnerPage>
  );
}
