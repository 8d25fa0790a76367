import type { SessionUser } from "@stepperslife/auth-config";
import type { AppDefinition } from "@stepperslife/manifest";
import { Hero } from "./hero";
import { Highlights, type Highlight } from "./highlights";

export interface OwnerDashboardProps {
  app: AppDefinition;
  /** The owner, as returned by `auth.requireOwner`. */
  owner: SessionUser;
  /** One or two sentences: what running this vertical involves. */
  intro: string;
  /** The tools the owner will manage here, in the order they arrive. */
  tools: readonly Highlight[];
}

/** The start of a vertical's owner area: a greeting and, until the tools land, what they will be. */
export function OwnerDashboard({ app, owner, intro, tools }: OwnerDashboardProps) {
  const firstName = owner.name?.trim().split(/\s+/)[0];
  return (
    <>
      <Hero eyebrow="Owner area" title={`Manage ${app.title}`} lead={`Welcome${firstName ? `, ${firstName}` : ""}. ${intro}`}>
        <p>
          You&apos;re signed in as <strong>{owner.email}</strong>, an owner of {app.title}. Only owners can open this
          page.
        </p>
      </Hero>

      <Highlights
        title="What you'll manage here"
        intro="These tools are being built now and will appear on this page as each one is ready; there is nothing to set up in the meantime."
        items={tools}
      />
    </>
  );
}
