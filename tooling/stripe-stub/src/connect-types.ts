import type { StripeObject } from "./stub-types";

/** Stripe's list envelope, as nested in transfers (`reversals`) and application fees (`refunds`). */
export interface StubList<T> {
  object: "list";
  data: T[];
  has_more: boolean;
  total_count: number;
  url: string;
}

export interface StubRequirements {
  alternatives: never[];
  current_deadline: number | null;
  currently_due: string[];
  disabled_reason: string | null;
  errors: never[];
  eventually_due: string[];
  past_due: string[];
  pending_verification: string[];
}

export type CapabilityStatus = "active" | "inactive" | "pending";

export interface StubConnectedAccount extends StripeObject {
  object: "account";
  type: "express";
  business_type: string | null;
  business_profile: { name: string | null; url: string | null; mcc: string | null; [field: string]: unknown };
  capabilities: Partial<Record<"card_payments" | "transfers", CapabilityStatus>>;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
  email: string | null;
  requirements: StubRequirements;
}

/** An onboarding link as the stub keeps it: single use, short-lived, found by the token in its URL. */
export interface StubAccountLink {
  token: string;
  account: string;
  refreshUrl: string;
  returnUrl: string;
  expiresAt: number;
  used: boolean;
}

export interface StubTransfer extends StripeObject {
  object: "transfer";
  amount: number;
  amount_reversed: number;
  currency: string;
  destination: string;
  destination_payment: string;
  reversals: StubList<StripeObject>;
  reversed: boolean;
  source_transaction: string | null;
  transfer_group: string | null;
}

export interface StubApplicationFee extends StripeObject {
  object: "application_fee";
  account: string;
  amount: number;
  amount_refunded: number;
  currency: string;
  originating_transaction: string;
  refunded: boolean;
  refunds: StubList<StripeObject>;
}

export type BalanceTransactionType =
  | "charge"
  | "refund"
  | "application_fee"
  | "application_fee_refund"
  | "transfer"
  | "transfer_refund"
  | "adjustment";

export interface StubBalanceTransaction extends StripeObject {
  object: "balance_transaction";
  amount: number;
  created: number;
  fee: number;
  net: number;
  source: string;
  type: BalanceTransactionType;
}
