import type { ReactNode } from "react";
import { OwnerPage } from "./owner-page";
import { RevenueChart, type RevenueChartProps, type RevenueDay } from "./revenue-chart";
import { WebhookEventLog, type WebhookEventLogRow } from "./webhook-event-log";

export interface WebhookLogPageProps {
  events: readonly WebhookEventLogRow[];
  /** The way back to the owner area (a BackLink). */
  nav: ReactNode;
  navFirst?: boolean;
  replayUrl?(eventId: string): string;
  orderHref?(orderId: string): string;
  /** The zone the owner's place keeps (their restaurant's, their venue's); the scene's home zone without one. */
  timeZone?: string;
}

/** The owner's payment event log page: every Stripe event about their business, how it went, and replay. */
export function WebhookLogPage({
  events,
  nav,
  navFirst,
  replayUrl = (id) => `/api/owner/webhook-events/${id}/replay`,
  orderHref = (id) => `/orders/${id}`,
  timeZone,
}: WebhookLogPageProps) {
  return (
    <OwnerPage title="Payment events" nav={nav} navFirst={navFirst}>
      <p className="sl-muted">
        Each Stripe event is stored once by its id. Duplicates are answered without running again; failed events can be replayed safely.
      </p>
      <WebhookEventLog events={events} replayUrl={replayUrl} orderHref={orderHref} {...(timeZone ? { timeZone } : {})} />
    </OwnerPage>
  );
}

export interface SalesPageProps {
  title: ReactNode;
  nav: ReactNode;
  navFirst?: boolean;
  days: readonly RevenueDay[];
  currency?: string;
  /** The period the days cover ("the last 30 days"), for the chart's total and empty state; without it, all sales. */
  period?: string;
  /** What is counted per day, when not orders. */
  unit?: RevenueChartProps["unit"];
  /** Said under the chart: which orders are not counted. */
  caption?: string;
  /** A heading over the chart, when the page has more above it. */
  chartTitle?: ReactNode;
  /** Totals and per-product tables, above the chart. */
  children?: ReactNode;
}

/** The frame of an owner's sales page: title, navigation, the vertical's own figures, revenue per day. */
export function SalesPage({ title, nav, navFirst, days, currency, period, unit, caption, chartTitle, children }: SalesPageProps) {
  return (
    <OwnerPage title={title} nav={nav} navFirst={navFirst}>
      {children}
      {chartTitle ? <h2 style={{ margin: 0 }}>{chartTitle}</h2> : null}
      <RevenueChart days={days} {...{ currency, period, unit, caption }} />
    </OwnerPage>
  );
}
