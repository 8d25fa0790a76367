import { appUrl, getApp } from "@stepperslife/manifest";
import type { ReactNode } from "react";
import { resolveAddressing, type AddressingSource } from "./addressing-source";

export interface AppLinkProps {
  /** The manifest name of the app to link to, e.g. "main" for the portal. */
  to: string;
  addressing: AddressingSource;
  /** Defaults to the app's title. */
  children?: ReactNode;
  /** A quieter button, for the second of two actions. */
  secondary?: boolean;
}

/** A button to another app of the fleet (another origin, hence a plain link, not next/link). */
export async function AppLink({ to, addressing, children, secondary }: AppLinkProps) {
  const app = getApp(to);
  return (
    <a className={secondary ? "sl-button sl-button--secondary" : "sl-button"} href={appUrl(app, await resolveAddressing(addressing))}>
      {children ?? app.title}
    </a>
  );
}
