import "server-only";
import { createFleetAuth } from "@stepperslife/auth-config/server";
import { service } from "../../app.config";
import { addressing, env } from "../env";
import { loadSessionClaims } from "./accounts/load-session-claims";
import { db } from "./db";

/** This app's side of single sign-on: sessions, guards, the proxy and the sign-out route. */
export const auth = createFleetAuth(() => ({
  app: service,
  secret: env().AUTH_SECRET,
  addressing: addressing(),
  portalInternalUrl: env().PORTAL_INTERNAL_URL,
  // The portal has the roles at hand: a token whose roles changed is read with the current ones, never with none.
  currentRoles: async (userId) => (await loadSessionClaims({ db: db(), userId }))?.user.roles ?? null,
}));
