import { imageUrl, type Storage } from "@stepperslife/storage";
import { removeObject, verifyUploadedImage } from "@stepperslife/storage/server";
import type { Database } from "../database";
import { coverPrefix } from "./create-cover-upload";
import { findOwnedEvent } from "./find-owned-event";

/**
 * After the browser's upload: checks the object really is a JPEG/PNG/WebP of at most 5 MB in this event's folder
 * (a refused one is deleted by verifyUploadedImage), makes it the cover and deletes the cover it replaces.
 */
export async function attachCoverImage({ db, storage, organizerId, eventId, key }: { db: Database; storage: Storage; organizerId: string; eventId: string; key: string }) {
  const event = await findOwnedEvent({ db, organizerId, eventId });
  const image = await verifyUploadedImage(storage, key, { prefix: coverPrefix(event.id) });
  await db.event.update({ where: { id: event.id }, data: { coverImageKey: image.key } });
  if (event.coverImageKey && event.coverImageKey !== image.key && !event.coverImageKey.startsWith("demo/")) await removeObject(storage, event.coverImageKey);
  return { key: image.key, url: imageUrl("/api/images", image.key, 640), width: image.width, height: image.height };
}
