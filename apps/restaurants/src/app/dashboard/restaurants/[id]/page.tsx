import { OwnerPage } from "@stepperslife/ui";
import type { Metadata } from "next";
import { OwnerNav } from "@/components/owner-nav";
import { RestaurantForm } from "@/components/restaurant-form";
import { imagePath } from "@/server/images/image-path";
import { imageUploadUrls } from "@/server/images/image-target";
import { cuisines } from "@/server/restaurants/restaurant-schemas";
import { timeZoneChoices } from "@stepperslife/format";
import { toFormValues } from "@/server/restaurants/to-form-values";
import { loadOwned } from "./load-owned";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Restaurant profile" };

export default async function RestaurantProfilePage({ params }: { params: Promise<{ id: string }> }) {
  const { restaurant } = await loadOwned(params, "");
  const zones = timeZoneChoices(restaurant.timeZone);
  const cover = {
    ...imageUploadUrls(restaurant.id, { target: "cover" }),
    ...(restaurant.coverImageKey ? { currentImageUrl: imagePath(restaurant.coverImageKey, 640)!, currentKey: restaurant.coverImageKey } : {}),
  };
  return (
    <OwnerPage title={restaurant.name} nav={<OwnerNav restaurantId={restaurant.id} name={restaurant.name} />}>
      <RestaurantForm restaurantId={restaurant.id} initial={toFormValues(restaurant)} cuisines={cuisines} timeZones={zones} cover={cover} />
    </OwnerPage>
  );
}
