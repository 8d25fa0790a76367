import { startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { createEventsTestDatabase, type EventsTestDatabase } from "./create-events-test-database";

export type EventsTestApp = VerticalTestApp<EventsTestDatabase>;

/** For route tests: this app's database, S3, mail and Stripe on loopback (see startVerticalTestApp). */
export function startEventsTestApp(): Promise<EventsTestApp> {
  return startVerticalTestApp({
    app: "events",
    createDatabase: createEventsTestDatabase,
    loadWebhookRoute: () => import("../app/api/stripe/webhook/route"),
  });
}
