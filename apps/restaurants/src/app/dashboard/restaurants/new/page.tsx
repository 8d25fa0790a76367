import type { Metadata } from "next";
import { OwnerPage } from "@stepperslife/ui";
import { RestaurantForm } from "@/components/restaurant-form";
import { auth } from "@/vertical";
import { cuisines } from "@/server/restaurants/restaurant-schemas";
import { US_TIME_ZONES } from "@stepperslife/format";

export const metadata: Metadata = { title: "Add a restaurant" };

export default async function NewRestaurantPage() {
  await auth.requireOwner("/dashboard/restaurants/new");
  const initial = {
    name: "",
    slug: "",
    description: "",
    cuisine: cuisines[0],
    phone: "",
    street: "",
    city: "",
    region: "",
    postalCode: "",
    timeZone: "America/Chicago",
    prepMinutes: 20,
    hours: [],
  };
  return (
    <OwnerPage title="Add a restaurant">
      <RestaurantForm initial={initial} cuisines={cuisines} timeZones={US_TIME_ZONES} />
    </OwnerPage>
  );
}
