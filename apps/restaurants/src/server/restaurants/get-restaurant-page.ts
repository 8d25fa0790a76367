import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import { toMenuItemView, type MenuItemView } from "../menu/to-menu-item-view";
import { formatHours, weekdayNames } from "./format-hours";
import { groupPickupSlots, type PickupDay } from "./group-pickup-slots";
import { listPickupSlots } from "./list-pickup-slots";
import { toRestaurantCard, type RestaurantCard } from "./to-restaurant-card";

export interface RestaurantPage extends RestaurantCard {
  address: { street: string; city: string; region: string; postalCode: string };
  phone: string | null;
  prepMinutes: number;
  weeklyHours: { weekday: number; day: string; intervals: string[] }[];
  menu: { id: string; name: string; items: MenuItemView[] }[];
  /** ISO instants a customer may pick up at, in the restaurant's hours. */
  pickupSlots: string[];
  /** The same slots by day on the restaurant's calendar, labelled for the day-then-time choice. */
  pickupDays: PickupDay[];
}

/** Everything the public restaurant page shows; 404 for an unknown slug. */
export async function getRestaurantPage({ db, slug, now = new Date() }: { db: Database; slug: string; now?: Date }): Promise<RestaurantPage> {
  const restaurant = await db.restaurant.findUnique({
    where: { slug },
    include: {
      hours: true,
      categories: { orderBy: [{ position: "asc" }, { name: "asc" }], include: { items: { orderBy: [{ position: "asc" }, { name: "asc" }] } } },
    },
  });
  if (!restaurant) throw new AppError("not_found", "There is no restaurant at this address.");
  const slots = listPickupSlots({ hours: restaurant.hours, timeZone: restaurant.timeZone, prepMinutes: restaurant.prepMinutes, now });
  return {
    ...toRestaurantCard(restaurant, now),
    address: { street: restaurant.street, city: restaurant.city, region: restaurant.region, postalCode: restaurant.postalCode },
    phone: restaurant.phone,
    prepMinutes: restaurant.prepMinutes,
    weeklyHours: weekdayNames.map((day, weekday) => ({ weekday, day, intervals: formatHours({ hours: restaurant.hours, weekday }) })),
    menu: restaurant.categories.map((category) => ({ id: category.id, name: category.name, items: category.items.map(toMenuItemView) })),
    pickupSlots: slots.map((slot) => slot.toISOString()),
    pickupDays: groupPickupSlots({ slots, timeZone: restaurant.timeZone, now }),
  };
}
