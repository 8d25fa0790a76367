import type { RestaurantFormValues } from "../../components/restaurant-form";

const clock = (minute: number) => `${String(Math.floor((minute % 1440) / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;

/** A stored restaurant as the dashboard form edits it (hours as HH:MM, closing past midnight wrapped). */
export function toFormValues(restaurant: {
  name: string;
  slug: string;
  description: string;
  cuisine: string;
  phone: string | null;
  street: string;
  city: string;
  region: string;
  postalCode: string;
  timeZone: string;
  prepMinutes: number;
  hours: { weekday: number; opensMinute: number; closesMinute: number }[];
}): RestaurantFormValues {
  const { hours, phone, ...profile } = restaurant;
  return {
    ...profile,
    phone: phone ?? "",
    hours: hours.map((interval) => ({ weekday: interval.weekday, opens: clock(interval.opensMinute), closes: clock(interval.closesMinute) })),
  };
}
