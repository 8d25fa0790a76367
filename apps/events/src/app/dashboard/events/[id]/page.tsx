import { imageUrl } from "@stepperslife/storage";
import { ImageUploadField, OwnerPage } from "@stepperslife/ui";
import type { Metadata } from "next";
import Link from "next/link";
import { ActionButton } from "@stepperslife/ui/client";
import { EventForm } from "@/components/event-form";
import { OrganizerNav } from "@/components/organizer-nav";
import { PromoCodesEditor } from "@/components/promo-codes-editor";
import { TicketTypesEditor } from "@/components/ticket-types-editor";
import { toLocalTimes } from "@/server/organizer/update-event";
import { loadOwned } from "./load-owned";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Manage event" };

/** One of the organizer's events: status (publish, unpublish, cancel), details, ticket types and promo codes. */
export default async function ManageEventPage({ params }: { params: Promise<{ id: string }> }) {
  const { event } = await loadOwned(params, "");
  const status = `/api/owner/events/${event.id}/status`;
  return (
    <OwnerPage title={event.title} nav={<OrganizerNav eventId={event.id} title={event.title} />}>
      <div className="sl-row">
        <span className={`sl-badge ${event.status === "published" ? "sl-badge--ok" : event.status === "cancelled" ? "sl-badge--off" : ""}`}>{event.status}</span>
        {event.status !== "draft" ? <Link className="sl-btn sl-btn--ghost" href={`/e/${event.slug}`}>
            Public page
          </Link> : null}
        {event.status === "draft" ? <ActionButton url={status} body={{ action: "publish" }} label="Publish" className="sl-btn" /> : null}
        {event.status === "published" ? <ActionButton url={status} body={{ action: "unpublish" }} label="Unpublish" className="sl-btn sl-btn--ghost" /> : null}
        {event.status !== "cancelled" ? (
          <ActionButton url={status} body={{ action: "cancel" }} label="Cancel event" className="sl-btn sl-btn--ghost" confirm="Cancel this event? Every paid order is refunded and every ticket voided. This cannot be undone." />
        ) : null}
      </div>
      <ImageUploadField
        label="Cover image"
        name="coverImageKey"
        presignUrl={`/api/owner/events/${event.id}/cover`}
        confirmUrl={`/api/owner/events/${event.id}/cover/confirm`}
        {...(event.coverImageKey ? { currentKey: event.coverImageKey, currentImageUrl: imageUrl("/api/images", event.coverImageKey, 640) } : {})}
      />
      <TicketTypesEditor eventId={event.id} ticketTypes={event.ticketTypes} />
      <PromoCodesEditor eventId={event.id} promoCodes={event.promoCodes.map((promo) => ({ ...promo, validFrom: promo.validFrom?.toISOString() ?? null, validUntil: promo.validUntil?.toISOString() ?? null }))} />
      <section className="sl-stack" aria-labelledby="details">
        <h2 id="details" style={{ margin: 0 }}>
          Details
        </h2>
        <EventForm
          eventId={event.id}
          initial={{ title: event.title, description: event.description, venue: event.venue, address: event.address, city: event.city, timeZone: event.timeZone, capacity: event.capacity, ...toLocalTimes(event) }}
        />
      </section>
    </OwnerPage>
  );
}
