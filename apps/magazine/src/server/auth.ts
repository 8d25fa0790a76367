import "server-only";
import { createFleetAuth } from "@stepperslife/auth-config/server";
import { addressing, env } from "../env";
import { service } from "../../app.config";

/** This app's side of single sign-on: who is signed in (from the shared cookie) and the guards for owner pages. */
export const auth = createFleetAuth(() => ({
  app: service,
  secret: env().AUTH_SECRET,
  addressing: addressing(),
  portalInternalUrl: env().PORTAL_INTERNAL_URL,
}));
