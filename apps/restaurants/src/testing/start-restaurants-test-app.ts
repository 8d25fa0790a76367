import { startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { createRestaurantsTestDatabase, type RestaurantsTestDatabase } from "./create-restaurants-test-database";

export type RestaurantsTestApp = VerticalTestApp<RestaurantsTestDatabase>;

/** For route tests: this app's database, S3, mail, Stripe and job worker on loopback (see startVerticalTestApp). */
export function startRestaurantsTestApp(): Promise<RestaurantsTestApp> {
  return startVerticalTestApp({
    app: "restaurants",
    createDatabase: createRestaurantsTestDatabase,
    loadWebhookRoute: () => import("../app/api/stripe/webhook/route"),
    // The kernel's own worker, as instrumentation.ts starts it under pm2: queued emails reach the test's mail sink.
    startJobWorker: async () => (await import("../vertical")).vertical.jobWorker(),
  });
}
