import { imagePath } from "../images/image-path";
import { formatHours } from "./format-hours";
import { isOpenAt, type WeeklyInterval } from "./is-open-at";
import { localTimeAt } from "./local-time-at";

export interface RestaurantCardSource {
  id: string;
  slug: string;
  name: string;
  description: string;
  cuisine: string;
  city: string;
  region: string;
  timeZone: string;
  coverImageKey: string | null;
  updatedAt: Date;
  hours: WeeklyInterval[];
}

export interface RestaurantCard {
  id: string;
  slug: string;
  name: string;
  description: string;
  cuisine: string;
  city: string;
  region: string;
  timeZone: string;
  coverImageUrl: string | null;
  openNow: boolean;
  /** Today's opening intervals on the restaurant's own clock, e.g. ["5:00 PM – 2:00 AM"]; empty when closed today. */
  hoursToday: string[];
  updatedAt: string;
}

/** What a restaurant card shows, computed at `now` in the restaurant's own time zone. */
export function toRestaurantCard(restaurant: RestaurantCardSource, now: Date): RestaurantCard {
  const { weekday } = localTimeAt(now, restaurant.timeZone);
  return {
    id: restaurant.id,
    slug: restaurant.slug,
    name: restaurant.name,
    description: restaurant.description,
    cuisine: restaurant.cuisine,
    city: restaurant.city,
    region: restaurant.region,
    timeZone: restaurant.timeZone,
    coverImageUrl: imagePath(restaurant.coverImageKey, 640),
    openNow: isOpenAt({ hours: restaurant.hours, timeZone: restaurant.timeZone, at: now }),
    hoursToday: formatHours({ hours: restaurant.hours, weekday }),
    updatedAt: restaurant.updatedAt.toISOString(),
  };
}
