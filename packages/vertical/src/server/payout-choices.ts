import type { BusinessType } from "@stepperslife/payments";

/**
 * What the "Get paid" form offers: the countries where the scene's businesses are (Stripe Express supports more),
 * as the two-letter codes Stripe takes, and the kinds of business Express onboarding asks about, in words.
 */
export const PAYOUT_COUNTRY_NAMES = { US: "United States", CA: "Canada", GB: "United Kingdom" } as const;

export const PAYOUT_COUNTRIES = Object.keys(PAYOUT_COUNTRY_NAMES) as [keyof typeof PAYOUT_COUNTRY_NAMES, ...(keyof typeof PAYOUT_COUNTRY_NAMES)[]];

const businessTypeLabels: Record<BusinessType, string> = {
  individual: "Just me (a sole proprietor)",
  company: "A company (LLC, corporation, partnership)",
  non_profit: "A non-profit",
};

export const payoutChoices = {
  countries: Object.entries(PAYOUT_COUNTRY_NAMES).map(([code, name]) => ({ code, name })),
  businessTypes: Object.entries(businessTypeLabels).map(([value, label]) => ({ value, label })),
};
