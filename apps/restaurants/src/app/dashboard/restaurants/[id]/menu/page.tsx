import { OwnerPage } from "@stepperslife/ui";
import type { Metadata } from "next";
import { MenuEditor } from "@/components/menu-editor";
import { OwnerNav } from "@/components/owner-nav";
import { db } from "@/vertical";
import { getOwnerMenu } from "@/server/menu/get-owner-menu";
import { dietaryTags } from "@/server/menu/menu-schemas";
import { loadOwned } from "../load-owned";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Menu" };

export default async function MenuPage({ params }: { params: Promise<{ id: string }> }) {
  const { owner, restaurant } = await loadOwned(params, "/menu");
  const categories = await getOwnerMenu({ db: db(), ownerId: owner.id, restaurantId: restaurant.id });
  return (
    <OwnerPage title={`Menu of ${restaurant.name}`} nav={<OwnerNav restaurantId={restaurant.id} name={restaurant.name} />}>
      <MenuEditor restaurantId={restaurant.id} initial={categories} tags={dietaryTags} />
    </OwnerPage>
  );
}
