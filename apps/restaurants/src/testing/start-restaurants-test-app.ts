import { startVerticalTestApp, type VerticalTestApp } from "@stepperslife/testing/vertical-app";
import { createRestaurantsTestDatabase, type RestaurantsTestDatabase } from "./create-restaurants-test-database";

export type RestaurantsTestApp = VerticalTestApp<RestaurantsTestDatabase>;

/** For route tests: this app's database, S3, mail and Stripe on loopback (see startVerticalTestApp). */
export function startRestaurantsTestApp(): Promise<RestaurantsTestApp> {
  return startVerticalTestApp({
    app: "restaurants",
    createDatabase: createRestaurantsTestDatabase,
    loadWebhookRoute: () => import("../app/api/stripe/webhook/route"),
  });
}
