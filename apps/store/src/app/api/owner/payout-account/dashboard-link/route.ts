// POST /api/owner/payout-account/dashboard-link — a one-time sign-in link to the shop's Stripe Express dashboard
import { payouts } from "@/server/payouts/payouts";

export const { POST } = payouts.routes.dashboardLink;
