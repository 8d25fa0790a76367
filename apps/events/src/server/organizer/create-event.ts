import { slugify } from "@stepperslife/format";
import { randomBytes } from "node:crypto";
import type { SessionUser } from "@stepperslife/auth-config";
import { AppError } from "@stepperslife/http";
import type { Database } from "../../vertical";
import type { EventFields } from "./organizer-schemas";
import { toEventTimes } from "./to-event-times";

/** Creates a draft event for the organizer (publish it when its ticket types are ready); a taken slug is a 409. */
export async function createEvent({ db, organizer, input }: { db: Database; organizer: SessionUser; input: EventFields }) {
  const slug = input.slug ?? `${slugify(input.title, "event")}-${randomBytes(2).toString("hex")}`;
  if (await db.event.findUnique({ where: { slug }, select: { id: true } })) {
    throw new AppError("conflict", "That address is taken; choose another.", { fields: [{ path: "body.slug", message: "taken" }] });
  }
  const { startsAt, endsAt, slug: _slug, ...fields } = input;
  return db.event.create({
    data: { ...fields, slug, ...toEventTimes({ startsAt, endsAt, timeZone: input.timeZone }), organizerId: organizer.id, organizerName: organizer.name ?? "", status: "draft" },
  });
}
