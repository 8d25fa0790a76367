import "server-only";
import { createFleetAuth } from "@stepperslife/auth-config/server";
import { service } from "../../app.config";
import { addressing, env } from "../env";

/** This app's side of single sign-on: sessions, guards, the proxy and the sign-out route. */
export const auth = createFleetAuth(() => ({
  app: service,
  secret: env().AUTH_SECRET,
  addressing: addressing(),
  portalInternalUrl: env().PORTAL_INTERNAL_URL,
}));
