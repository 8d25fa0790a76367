// POST /api/owner/payout-account — a shop's Stripe Express account (made on first use) and a link into onboarding
import { payouts } from "@/server/payouts/payouts";

export const { POST } = payouts.routes.onboarding;
