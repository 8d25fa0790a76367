import { defineVertical } from "@stepperslife/vertical/server";
import packageJson from "../package.json";
import { PrismaClient, type Prisma } from "./generated/prisma/client";
import { loadActivity } from "./server/aggregation/load-activity";
import { loadFeed } from "./server/aggregation/load-feed";
import { searchProducts } from "./server/aggregation/search-products";
import { storeJobs, STORE_CRONTAB } from "./server/orders/store-jobs";

/** This app's kernel: its env, database, storage, mail, Stripe, sign-on, route wrapper and standard routes. */
export const vertical = defineVertical({
  name: "store",
  PrismaClient,
  version: packageJson.version,
  imageUploads: true,
  // What this app tells the portal: new products, product search and the signed-in buyer's orders.
  contract: { loadFeed, search: searchProducts, loadActivity: ({ user, ...kit }) => loadActivity({ ...kit, customerId: user.id }) },
  // Released stock of carts whose payment never came (a sweep behind Stripe's own expiry webhook).
  jobs: storeJobs,
  crontab: STORE_CRONTAB,
});

// What the domain code, pages and tests use.
export const { service, env, addressing, db, storage, mailer, payments, refunder, shareRefunder, checkoutExpirer, webhookStore, auth, route } = vertical;
export const appBaseUrl = vertical.baseUrl;

/** The database handle domain functions take in their options (the app passes db(), tests their own client). */
export type Database = PrismaClient;

/** The client inside an interactive transaction. */
export type Transaction = Prisma.TransactionClient;
