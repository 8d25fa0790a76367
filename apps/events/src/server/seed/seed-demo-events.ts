import type { Storage } from "@stepperslife/storage";
import type { Database } from "../database";
import { localTimeToInstant } from "../events/local-time-to-instant";
import { DEMO_ORGANIZER_ID } from "./demo-organizer";
import { demoEvents } from "./demo-events";
import { renderCoverPng } from "./render-cover-png";

/**
 * Loads the demo events, idempotently: an event whose slug exists is left as it is (its organizer may have edited
 * it), a missing one is created, published, with its ticket types, promo codes and a generated cover image
 * (uploaded when a storage is given). Dates are relative to `now`. Returns the slugs it created.
 */
export async function seedDemoEvents({ db, storage, now = new Date() }: { db: Database; storage?: Storage; now?: Date }): Promise<string[]> {
  const created: string[] = [];
  for (const demo of demoEvents) {
    if (await db.event.findUnique({ where: { slug: demo.slug }, select: { id: true } })) continue;
    let coverImageKey: string | null = null;
    if (storage) {
      const png = renderCoverPng({ from: demo.colors[0], to: demo.colors[1] });
      coverImageKey = `demo/${demo.slug}.png`;
      await storage.client.putObject(storage.bucket, coverImageKey, png, png.length, { "Content-Type": "image/png" });
    }
    const day = new Date(now.getTime() + demo.inDays * 86_400_000);
    const startsAt = localTimeToInstant({ date: day.toISOString().slice(0, 10), hour: demo.startHour, timeZone: demo.timeZone });
    await db.event.create({
      data: {
        slug: demo.slug,
        organizerId: DEMO_ORGANIZER_ID,
        organizerName: "SteppersLife Demo Promotions",
        title: demo.title,
        description: demo.description,
        coverImageKey,
        venue: demo.venue,
        address: demo.address,
        city: demo.city,
        timeZone: demo.timeZone,
        startsAt,
        endsAt: new Date(startsAt.getTime() + demo.hours * 3_600_000),
        status: "published",
        capacity: demo.capacity,
        ticketTypes: { create: demo.ticketTypes.map((type, position) => ({ ...type, position })) },
        promoCodes: { create: demo.promoCodes ?? [] },
      },
    });
    created.push(demo.slug);
  }
  return created;
}
