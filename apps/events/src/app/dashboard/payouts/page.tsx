import { BackLink, OwnerPage, PayoutsPanel } from "@stepperslife/ui";
import type { Metadata } from "next";
import { auth } from "@/vertical";
import { payouts } from "@/server/payouts/payouts";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Payouts" };

/** What each ticket payment came to after the platform's fee and refunds, day by day, across the organizer's events. */
export default async function PayoutsPage() {
  const organizer = await auth.requireOwner("/dashboard/payouts");
  // The organizer is the business: never null for their own id.
  const business = (await payouts.findBusiness({ ownerId: organizer.id, businessId: organizer.id })) ?? { id: organizer.id, name: "your events" };
  const view = await payouts.loadPayouts(business);
  return (
    <OwnerPage title="Payouts for your tickets" nav={<BackLink href="/dashboard" tight>All your events</BackLink>} navFirst>
      <PayoutsPanel
        business={{ id: organizer.id, name: "your events" }}
        days={view.days}
        timeZone={view.timeZone}
        exportUrl={`/api/owner/payouts/export?businessId=${encodeURIComponent(organizer.id)}`}
        dashboardLinkUrl={view.dashboardAvailable ? "/api/owner/payout-account/dashboard-link" : null}
        getPaidHref="/dashboard/get-paid"
      />
    </OwnerPage>
  );
}
