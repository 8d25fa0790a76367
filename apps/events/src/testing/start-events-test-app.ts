import { startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { createEventsTestDatabase, type EventsTestDatabase } from "./create-events-test-database";

export type EventsTestApp = VerticalTestApp<EventsTestDatabase>;

/** For route tests: this app's database, S3, mail, Stripe and job worker on loopback (see startVerticalTestApp). */
export function startEventsTestApp(): Promise<EventsTestApp> {
  return startVerticalTestApp({
    app: "events",
    createDatabase: createEventsTestDatabase,
    loadWebhookRoute: () => import("../app/api/stripe/webhook/route"),
    // The kernel's own worker, as instrumentation.ts starts it under pm2: queued emails reach the test's mail sink.
    startJobWorker: async () => (await import("../vertical")).vertical.jobWorker(),
  });
}
