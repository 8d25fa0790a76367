import { imageUrl, isDemoImageKey, type Storage } from "@stepperslife/storage";
import { confirmImageUpload, removeObject } from "@stepperslife/storage/server";
import type { Database } from "../../vertical";
import { coverPrefix } from "./create-cover-upload";
import { findOwnedEvent } from "./find-owned-event";

/**
 * After the browser's upload: confirms it (a JPEG/PNG/WebP of at most 5 MB uploaded for this event, copied to the
 * confirmed namespace; a refused one is deleted), makes the confirmed image the cover and deletes the one it replaces.
 */
export async function attachCoverImage({ db, storage, organizerId, eventId, key }: { db: Database; storage: Storage; organizerId: string; eventId: string; key: string }) {
  const event = await findOwnedEvent({ db, organizerId, eventId });
  const image = await confirmImageUpload(storage, { key, prefix: coverPrefix(event.id) });
  await db.event.update({ where: { id: event.id }, data: { coverImageKey: image.key } });
  if (event.coverImageKey && event.coverImageKey !== image.key && !isDemoImageKey(event.coverImageKey)) await removeObject(storage, event.coverImageKey);
  return { key: image.key, url: imageUrl("/api/images", image.key, 640), width: image.width, height: image.height };
}
