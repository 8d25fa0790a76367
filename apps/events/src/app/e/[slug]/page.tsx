import { signInUrl } from "@stepperslife/auth-config";
import { formatDateTime } from "@stepperslife/format";
import { orNotFound, parseRouteParams } from "@stepperslife/ui/server";
import type { Metadata } from "next";
import { BuyTickets } from "@/components/buy-tickets";
import { EventTime } from "@/components/event-time";
import { checkout } from "@/server/payments/checkout";
import { addressing, appBaseUrl, auth, db } from "@/vertical";
import { slugParamsSchema as slugParams } from "@/server/events/event-schemas";
import { getEventPage } from "@/server/events/get-event-page";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  // A malformed slug never reaches the database (the page itself answers it with the 404 page).
  const parsed = slugParams.safeParse(await params);
  const select = { title: true, status: true } as const;
  const event = parsed.success ? await db().event.findUnique({ where: { slug: parsed.data.slug }, select }) : null;
  return { title: event && event.status !== "draft" ? event.title : "Event" };
}

/** An event: cover, description, venue, start and end in the event's own time zone, organizer, and the buy form. */
export default async function EventPageView({ params }: { params: Params }) {
  const { slug } = await parseRouteParams(params, slugParams);
  const user = await auth.getSession();
  const event = await orNotFound(getEventPage({ db: db(), slug, viewerId: user?.id ?? null }));
  // On the venue's clock, with the date unless it is today there (the reader's own clock is added beside it).
  const when = (iso: string) => formatDateTime(new Date(iso), event.timeZone, { now: new Date(), timeZoneName: true });
  const signInHref = user ? null : signInUrl({ addressing: addressing(), callbackUrl: `${appBaseUrl()}/e/${slug}` });
  return (
    <div className="sl-stack">
      {event.image ? <img className="sl-cover ev-cover" style={{ borderRadius: "var(--sl-radius)", aspectRatio: "3 / 1" }} src={event.image.replace("w=640", "w=1280")} alt="" /> : null}
      <div className="sl-split">
        <article className="sl-stack" style={{ gap: "0.75rem" }}>
          <h1 style={{ margin: 0 }}>{event.title}</h1>
          {event.status === "cancelled" ? <p className="sl-badge sl-badge--off">Cancelled</p> : null}
          <dl className="sl-stack" style={{ gap: "0.3rem", margin: 0 }}>
            <div>
              <dt className="sl-muted">Starts</dt>
              <dd style={{ margin: 0 }}>
                <EventTime iso={event.startsAt} timeZone={event.timeZone} venueText={when(event.startsAt)} />
              </dd>
            </div>
            <div>
              <dt className="sl-muted">Ends</dt>
              <dd style={{ margin: 0 }}>
                <EventTime iso={event.endsAt} timeZone={event.timeZone} venueText={when(event.endsAt)} />
              </dd>
            </div>
            <div>
              <dt className="sl-muted">Where</dt>
              <dd style={{ margin: 0 }}>
                {event.venue}, {event.address}, {event.city}
              </dd>
            </div>
            {event.organizerName ? (
              <div>
                <dt className="sl-muted">Organizer</dt>
                <dd style={{ margin: 0 }}>{event.organizerName}</dd>
              </div>
            ) : null}
          </dl>
          {event.description.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </article>
        <aside className="sl-panel" aria-label="Tickets">
          <h2 style={{ margin: 0 }}>Tickets</h2>
          <BuyTickets event={event} onlinePayment={await checkout.canTakeCardPayments(event.organizerId)} signInHref={signInHref} />
        </aside>
      </div>
    </div>
  );
}
