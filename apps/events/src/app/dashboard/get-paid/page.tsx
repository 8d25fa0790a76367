import { BackLink, GetPaidPanel, OwnerPage } from "@stepperslife/ui";
import type { PageParams } from "@stepperslife/ui/server";
import type { Metadata } from "next";
import { auth } from "@/vertical";
import { payouts } from "@/server/payouts/payouts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Get paid" };

/** Where the organizer's ticket sales are paid out: their Stripe Express account's state and the next step. */
export default async function GetPaidPage({ searchParams }: { searchParams: PageParams }) {
  const [organizer, query] = await Promise.all([auth.requireOwner("/dashboard/get-paid"), searchParams]);
  const returned = query.onboarding === "returned";
  const view = await payouts.loadPayoutAccount({ businessId: organizer.id, returned });
  return (
    <OwnerPage title="Get paid for your tickets" nav={<BackLink href="/dashboard" tight>All your events</BackLink>} navFirst>
      <GetPaidPanel business={{ id: organizer.id, name: "your events" }} view={view} returned={returned} />
    </OwnerPage>
  );
}
