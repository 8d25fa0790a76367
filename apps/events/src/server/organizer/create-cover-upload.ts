import type { ImageContentType, Storage } from "@stepperslife/storage";
import { createImageUpload } from "@stepperslife/storage/server";
import type { Database } from "../../vertical";
import { findOwnedEvent } from "./find-owned-event";

/** The image prefix of an event's covers, under uploads/ and images/. */
export const coverPrefix = (eventId: string) => `events/${eventId}/cover`;

/** A presigned PUT (15 minutes) for a new cover image of one of the organizer's events (404 for anyone else's). */
export async function createCoverUpload({ db, storage, organizerId, eventId, contentType }: { db: Database; storage: Storage; organizerId: string; eventId: string; contentType: ImageContentType }) {
  await findOwnedEvent({ db, organizerId, eventId });
  return createImageUpload(storage, { prefix: coverPrefix(eventId), contentType, expiresInSeconds: 900 });
}
