import { appUrl } from "@stepperslife/manifest";
import { service } from "../../app.config";
import { addressing } from "../env";

/** This app's public origin (e.g. https://events.stepperslife.com), for links in emails, Stripe and the portal. */
export function appBaseUrl(): string {
  return appUrl(service, addressing()).replace(/\/+$/, "");
}
