import { signInUrl } from "@stepperslife/auth-config";
import { AppError } from "@stepperslife/http";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BuyTickets } from "@/components/buy-tickets";
import { addressing, appBaseUrl, auth, db, payments } from "@/vertical";
import { formatEventTime } from "@/server/events/format-event-time";
import { getEventPage, type EventPage } from "@/server/events/get-event-page";

export const dynamic = "force-dynamic";

type Params = Promise<{ slug: string }>;

async function load(slug: string, viewerId: string | null): Promise<EventPage> {
  try {
    return await getEventPage({ db: db(), slug, viewerId });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const event = await db().event.findUnique({ where: { slug }, select: { title: true, status: true } });
  return { title: event && event.status !== "draft" ? event.title : "Event" };
}

/** An event: cover, description, venue, start and end in the event's own time zone, organizer, and the buy form. */
export default async function EventPageView({ params }: { params: Params }) {
  const { slug } = await params;
  if (!/^[a-z0-9][a-z0-9-]{0,99}$/.test(slug)) notFound();
  const user = await auth.getSession();
  const event = await load(slug, user?.id ?? null);
  const signInHref = user ? null : signInUrl({ addressing: addressing(), callbackUrl: `${appBaseUrl()}/e/${slug}` });
  return (
    <div className="ev-stack">
      {event.image ? <img className="ev-cover" style={{ borderRadius: "var(--sl-radius)", aspectRatio: "3 / 1" }} src={event.image.replace("w=640", "w=1280")} alt="" /> : null}
      <div className="ev-layout">
        <article className="ev-stack" style={{ gap: "0.75rem" }}>
          <h1 style={{ margin: 0 }}>{event.title}</h1>
          {event.status === "cancelled" ? <p className="ev-badge ev-badge--off">Cancelled</p> : null}
          <dl className="ev-stack" style={{ gap: "0.3rem", margin: 0 }}>
            <div>
              <dt className="ev-muted">Starts</dt>
              <dd style={{ margin: 0 }}>
                <time dateTime={event.startsAt}>{formatEventTime(new Date(event.startsAt), event.timeZone)}</time>
              </dd>
            </div>
            <div>
              <dt className="ev-muted">Ends</dt>
              <dd style={{ margin: 0 }}>
                <time dateTime={event.endsAt}>{formatEventTime(new Date(event.endsAt), event.timeZone)}</time>
              </dd>
            </div>
            <div>
              <dt className="ev-muted">Where</dt>
              <dd style={{ margin: 0 }}>
                {event.venue}, {event.address}, {event.city}
              </dd>
            </div>
            {event.organizerName ? (
              <div>
                <dt className="ev-muted">Organizer</dt>
                <dd style={{ margin: 0 }}>{event.organizerName}</dd>
              </div>
            ) : null}
          </dl>
          {event.description.split(/\n{2,}/).map((paragraph, index) => (
            <p key={index}>{paragraph}</p>
          ))}
        </article>
        <aside className="ev-panel" aria-label="Tickets">
          <h2 style={{ margin: 0 }}>Tickets</h2>
          <BuyTickets event={event} onlinePayment={payments() !== null} signInHref={signInHref} />
        </aside>
      </div>
    </div>
  );
}
