import { OwnerPage } from "@stepperslife/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { ShopProfileForm } from "@/components/shop-profile-form";
import { ShopTabs } from "@/components/shop-tabs";
import { imagePath } from "@/server/catalog/image-path";
import { imageUploadUrls } from "@/server/images/image-target";
import { findPayoutStatus, payoutStatusWords } from "@/server/shops/find-payout-status";
import { timeZoneChoices } from "@stepperslife/format";
import { toShopFormValues } from "@/server/shops/to-shop-form-values";
import { db } from "@/vertical";
import { loadOwnedShop } from "./load-owned-shop";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Shop profile" };

/** A shop's profile: what buyers read about it, its shipping and return terms, and whether it can be paid yet. */
export default async function ShopProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const shop = await loadOwnedShop(params, "");
  const status = await findPayoutStatus({ db: db(), shopId: shop.id });
  const logo = {
    ...imageUploadUrls(shop.id, { target: "logo" }),
    ...(shop.logoKey ? { currentImageUrl: imagePath(shop.logoKey, 320)!, currentKey: shop.logoKey } : {}),
  };
  return (
    <OwnerPage title={shop.name} nav={<ShopTabs shopId={shop.id} current="profile" name={shop.name} />}>
      <p className={status === "payouts_enabled" ? "sl-muted" : "sl-notice"} style={{ margin: 0 }}>
        <strong>Get paid:</strong> {payoutStatusWords[status]} <Link href={`/dashboard/shops/${shop.id}/get-paid`}>{status === "payouts_enabled" ? "Payout details" : "Set up payouts"}</Link>
      </p>
      <p className="sl-muted" style={{ margin: 0 }}>
        Buyers find it at <Link href={`/shops/${shop.slug}`}>/shops/{shop.slug}</Link>.
      </p>
      <ShopProfileForm shopId={shop.id} initial={toShopFormValues(shop)} timeZones={timeZoneChoices(shop.timeZone)} logo={logo} />
    </OwnerPage>
  );
}
