// GET /api/owner/payout-account/onboarding — Stripe's refresh URL: a fresh onboarding link for an expired or used one
import { payouts } from "@/server/payouts/payouts";

export const dynamic = "force-dynamic";

export const { GET } = payouts.routes.onboardingRefresh;
