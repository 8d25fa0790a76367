import { defineVertical } from "@stepperslife/vertical/server";
import packageJson from "../package.json";
import { PrismaClient } from "./generated/prisma/client";

/**
 * This app's kernel: its env, database, storage, mail, Stripe, sign-on, route wrapper and standard routes. Nothing is
 * built for the portal yet, so its feed, search and activity answer valid empty lists (an empty section, not an outage).
 */
export const vertical = defineVertical({ name: "classes", PrismaClient, version: packageJson.version });

export const { service, addressing, auth, proxy } = vertical;
