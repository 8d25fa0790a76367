import { formatDateTime } from "@stepperslife/format";
import Link from "next/link";
import { ActionButton } from "./action-button";
import { describeDeliveries } from "./describe-deliveries";
import { HOME_TIME_ZONE } from "./owner-time-zone";
import { TableScroll } from "./table-scroll";
import "./styles/page.css";

/** One stored Stripe event as an owner may see it (the payments package's summary, dates as ISO strings). */
export interface WebhookEventLogRow {
  id: string;
  type: string;
  outcome: string;
  error: string | null;
  attempts: number;
  /** How many times Stripe delivered it; every delivery after the first was answered without running again. */
  deliveries: number;
  receivedAt: string;
  orderId: string | null;
}

export interface WebhookEventLogProps {
  events: readonly WebhookEventLogRow[];
  /** The POST route that replays one event (the handlers are idempotent, so replaying is always safe). */
  replayUrl(eventId: string): string;
  orderHref(orderId: string): string;
  /**
   * The owner's place's zone (a restaurant's, a venue's): the log is read beside the orders, which speak it. Without
   * one, the scene's home zone; each time names its zone either way.
   */
  timeZone?: string;
}

/** The payment event log of an owner area: each Stripe event, how it was handled, and a replay button. Server-renderable. */
export function WebhookEventLog({ events, replayUrl, orderHref, timeZone = HOME_TIME_ZONE }: WebhookEventLogProps) {
  if (events.length === 0) return <p className="sl-muted">No payment events yet.</p>;
  // On the place's clock like every other time in the owner area; the zone's name is said, seconds for order.
  const now = new Date();
  return (
    <TableScroll label="Payment events">
      <table className="sl-table" aria-label="Payment events">
        <thead>
          <tr>
            <th>Received</th>
            <th>Event</th>
            <th>Order</th>
            <th>Outcome</th>
            <th>Attempts</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {events.map((event) => {
            const deliveries = describeDeliveries(event.deliveries);
            return (
              <tr key={event.id}>
                <td>{formatDateTime(new Date(event.receivedAt), timeZone, { now, seconds: true, timeZoneName: true })}</td>
                <td>
                  {event.type}
                  <br />
                  <small className="sl-muted">{event.id}</small>
                </td>
                <td>{event.orderId ? <Link href={orderHref(event.orderId)}>{event.orderId.slice(0, 8)}</Link> : "—"}</td>
                <td>
                  {event.outcome}
                  {event.error ? <small className="sl-error"> {event.error}</small> : null}
                  {deliveries ? (
                    <>
                      <br />
                      <small className="sl-muted">{deliveries}</small>
                    </>
                  ) : null}
                </td>
                <td>{event.attempts}</td>
                <td>
                  <ActionButton url={replayUrl(event.id)} label="Replay" className="sl-btn sl-btn--ghost sl-btn--small" />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
