import { storeDemoImage, type Storage } from "@stepperslife/storage";
import type { Database } from "../../vertical";
import { DEMO_ORGANIZER_ID } from "./demo-organizer";
import { demoEvents } from "./demo-events";
import { demoStartsAt } from "./demo-starts-at";
import { renderCoverPng } from "./render-cover-png";

/**
 * Loads the demo events, idempotently: a missing one is created, published, with its ticket types, promo codes and
 * a generated cover image (stored in the bucket's confirmed namespace when a storage is given), on the next date its
 * schedule gives after `now`. An existing one is left as it is (an organizer who claimed it may have edited it),
 * except that an unclaimed demo event that has ended moves to its next occurrence, so the demo stays true to today.
 * Returns the slugs it created.
 */
export async function seedDemoEvents({ db, storage, now = new Date() }: { db: Database; storage?: Storage; now?: Date }): Promise<string[]> {
  const created: string[] = [];
  for (const demo of demoEvents) {
    const cover = async () => {
      if (!storage) return null;
      return storeDemoImage(storage, { name: `${demo.slug}.png`, bytes: renderCoverPng({ from: demo.colors[0], to: demo.colors[1] }) });
    };
    const existing = await db.event.findUnique({ where: { slug: demo.slug }, select: { id: true, coverImageKey: true, organizerId: true, endsAt: true } });
    const startsAt = demoStartsAt({ ...demo.schedule, timeZone: demo.timeZone }, now);
    const endsAt = new Date(startsAt.getTime() + demo.hours * 3_600_000);
    // Seeded before confirmed images had their own namespace: the image route no longer serves `demo/…`.
    if (existing?.coverImageKey === `demo/${demo.slug}.png` && storage) {
      await db.event.update({ where: { id: existing.id }, data: { coverImageKey: await cover() } });
    }
    if (existing?.organizerId === DEMO_ORGANIZER_ID && existing.endsAt <= now) {
      await db.event.update({ where: { id: existing.id }, data: { startsAt, endsAt } });
    }
    if (existing) continue;
    const coverImageKey = await cover();
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
        endsAt,
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
