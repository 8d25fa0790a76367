import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { CONFIRMED_IMAGE_NAMESPACE, storeDemoImage, type Storage } from "@stepperslife/storage";
import type { Database } from "../../vertical";
import { DEMO_ORGANIZER_ID } from "./demo-organizer";
import { demoEvents } from "./demo-events";
import { demoStartsAt } from "./demo-starts-at";

const defaultImagesDir = fileURLToPath(new URL("../../../prisma/demo-images/", import.meta.url));

/**
 * Covers this seed stored before it shipped photos: drawn gradients, first under `demo/` (which the image route no
 * longer serves), then in the confirmed namespace. An event still showing one gets the photo.
 */
const previousCoverKeys = (slug: string) => [`demo/${slug}.png`, `${CONFIRMED_IMAGE_NAMESPACE}/demo/${slug}.png`];

/**
 * Loads the demo events, idempotently: a missing one is created, published, with its ticket types, promo codes and
 * its cover photo (`prisma/demo-images/<slug>.jpg`, stored in the bucket's confirmed namespace when a storage is
 * given), on the next date its schedule gives after `now`. An existing one is left as it is (an organizer who claimed
 * it may have edited it), except that an unclaimed demo event that has ended moves to its next occurrence, so the
 * demo stays true to today, and one still showing a cover this seed drew before gets the photo. Returns the slugs it
 * created.
 */
export async function seedDemoEvents(options: { db: Database; storage?: Storage; now?: Date; imagesDir?: string }): Promise<string[]> {
  const { db, storage, now = new Date(), imagesDir = defaultImagesDir } = options;
  const created: string[] = [];
  for (const demo of demoEvents) {
    const cover = async () => {
      if (!storage) return null;
      const name = `${demo.slug}.jpg`;
      return storeDemoImage(storage, { name, bytes: await readFile(`${imagesDir}/${name}`) });
    };
    const existing = await db.event.findUnique({ where: { slug: demo.slug }, select: { id: true, coverImageKey: true, organizerId: true, endsAt: true } });
    const startsAt = demoStartsAt({ ...demo.schedule, timeZone: demo.timeZone }, now);
    const endsAt = new Date(startsAt.getTime() + demo.hours * 3_600_000);
    const [legacyKey, drawnKey] = previousCoverKeys(demo.slug);
    // A `demo/…` key is replaced whoever owns the event, since nothing serves it; a drawn cover only while unclaimed.
    const unclaimed = existing?.organizerId === DEMO_ORGANIZER_ID;
    const outdated = existing?.coverImageKey === legacyKey || (existing?.coverImageKey === drawnKey && unclaimed);
    if (existing && outdated && storage) {
      await db.event.update({ where: { id: existing.id }, data: { coverImageKey: await cover() } });
    }
    if (existing && unclaimed && existing.endsAt <= now) {
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
