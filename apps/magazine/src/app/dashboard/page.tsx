import { OwnerDashboard } from "@stepperslife/ui";
import type { Metadata } from "next";
import { auth, service } from "@/vertical";

export const metadata: Metadata = { title: "Manage" };

// What an owner will manage here; each line turns into a working tool in a later change.
const ownerTools = [
  { title: "Stories and drafts", text: "Interviews, histories and guides, written and revised before anyone else sees them." },
  { title: "Photos and media", text: "Pictures and clips for each story, stored with the credit that goes with them." },
  { title: "Publishing", text: "Publish now or on a date, and update a story after it is out." },
  { title: "Sections", text: "Where each story lives, from Voices of the scene to Guides for newcomers." },
  { title: "Contributors", text: "The writers and photographers credited on each story." },
] as const;

/** The owner area: owners of this app only (others get the 403 page, visitors go to sign in first). */
export default async function DashboardPage() {
  const owner = await auth.requireOwner("/dashboard");
  return (
    <OwnerDashboard
      app={service}
      owner={owner}
      intro="Here you will run the magazine: the stories in progress, what gets published and when."
      tools={ownerTools}
    />
  );
}
