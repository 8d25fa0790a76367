import type { DemoSchedule } from "./demo-starts-at";

/** The demo calendar: a Friday social, a Saturday workshop and a weekend festival, always their next occurrence. */
export interface DemoEvent {
  slug: string;
  title: string;
  description: string;
  venue: string;
  address: string;
  city: string;
  timeZone: string;
  /** Its weekday and local start hour (in `timeZone`), and its length in hours. */
  schedule: Omit<DemoSchedule, "timeZone">;
  hours: number;
  capacity: number | null;
  ticketTypes: { name: string; description?: string; priceCents: number; capacity: number; perOrderLimit?: number }[];
  promoCodes?: { code: string; kind: "percent" | "amount"; value: number; maxUses?: number }[];
}

export const demoEvents: DemoEvent[] = [
  {
    slug: "friday-night-steppers-social",
    title: "Friday Night Steppers Social",
    description: "Our weekly social: smooth grooves from DJ Lady Love, a packed floor and a free lesson for beginners at 8.",
    venue: "The Grand Ballroom",
    address: "6351 S Cottage Grove Ave",
    city: "Chicago",
    timeZone: "America/Chicago",
    schedule: { weekday: 5, atLeastDays: 2, startHour: 20 },
    hours: 5,
    capacity: 250,
    ticketTypes: [
      { name: "General admission", priceCents: 1500, capacity: 200, perOrderLimit: 8 },
      { name: "Beginner lesson + entry", description: "The 8 pm lesson, then the social.", priceCents: 2000, capacity: 40, perOrderLimit: 4 },
      { name: "Volunteer", description: "Help at the door for an hour, dance the rest of the night.", priceCents: 0, capacity: 10, perOrderLimit: 1 },
    ],
    promoCodes: [{ code: "FIRSTSTEP", kind: "percent", value: 50, maxUses: 25 }],
  },
  {
    slug: "footwork-fundamentals-workshop",
    title: "Footwork Fundamentals Workshop",
    description: "Three hours on timing, the basic and clean turns with instructors from the Detroit scene. All levels.",
    venue: "Motor City Dance Studio",
    address: "1200 Woodward Ave",
    city: "Detroit",
    timeZone: "America/Detroit",
    schedule: { weekday: 6, atLeastDays: 8, startHour: 13 },
    hours: 3,
    capacity: null,
    ticketTypes: [
      { name: "Single", priceCents: 3500, capacity: 30, perOrderLimit: 2 },
      { name: "Couple", description: "Two dancers, one registration.", priceCents: 6000, capacity: 15, perOrderLimit: 1 },
    ],
    promoCodes: [{ code: "CREW10", kind: "amount", value: 1000, maxUses: 10 }],
  },
  {
    slug: "steppin-on-the-bayou-weekend",
    title: "Steppin' on the Bayou Weekend",
    description: "Three nights and two days of workshops, a Saturday all-white party and a Sunday brunch set, in New Orleans.",
    venue: "Riverfront Hotel Ballroom",
    address: "2 Poydras St",
    city: "New Orleans",
    timeZone: "America/Chicago",
    schedule: { weekday: 5, atLeastDays: 25, startHour: 19 },
    hours: 65,
    capacity: 600,
    ticketTypes: [
      { name: "Early bird weekend pass", priceCents: 9900, capacity: 100, perOrderLimit: 4 },
      { name: "Weekend pass", priceCents: 12900, capacity: 400, perOrderLimit: 6 },
      { name: "VIP table (per seat)", description: "Reserved seating and a welcome drink.", priceCents: 19900, capacity: 80, perOrderLimit: 10 },
    ],
  },
];
