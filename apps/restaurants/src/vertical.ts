import { defineVertical } from "@stepperslife/vertical/server";
import packageJson from "../package.json";
import { PrismaClient, type Prisma } from "./generated/prisma/client";
import { loadActivity } from "./server/aggregation/load-activity";
import { loadFeed } from "./server/aggregation/load-feed";
import { searchRestaurants } from "./server/aggregation/search-restaurants";

/** This app's kernel: its env, database, storage, mail, Stripe, sign-on, route wrapper and standard routes. */
export const vertical = defineVertical({
  name: "restaurants",
  PrismaClient,
  version: packageJson.version,
  imageUploads: true,
  // What this app tells the portal: its feed, search and the signed-in person's activity.
  contract: { loadFeed, search: searchRestaurants, loadActivity: ({ user, ...kit }) => loadActivity({ ...kit, customerId: user.id }) },
});

// What the domain code, pages and tests use, by the names they have always had.
export const { service, env, addressing, db, storage, mailer, payments, refunder, webhookStore, auth, route } = vertical;
export const appBaseUrl = vertical.baseUrl;

/** The database handle domain functions take in their options (the app passes db(), tests their own client). */
export type Database = PrismaClient;

/** The client inside an interactive transaction. */
export type Transaction = Prisma.TransactionClient;
