import { z } from "zod";
import { buildRequirements } from "./build-requirements";
import type { StubConnectedAccount } from "./connect-types";
import { newStubId } from "./new-stub-id";
import { parseStubParams } from "./parse-stub-params";
import { boolean, expand, httpUrl, metadata } from "./stub-params";
import { StubApiError, type AccountState } from "./stub-types";

const requested = z.strictObject({ requested: boolean });

const accountParams = z.strictObject({
  type: z.string(),
  country: z
    .string()
    .regex(/^[A-Za-z]{2}$/, "expected a two-letter ISO country code")
    .transform((code) => code.toUpperCase())
    .optional(),
  email: z.email().optional(),
  business_type: z.enum(["individual", "company", "non_profit", "government_entity"]).optional(),
  business_profile: z
    .strictObject({
      name: z.string().min(1),
      url: httpUrl,
      mcc: z.string().regex(/^\d{4}$/, "expected a four-digit merchant category code"),
      product_description: z.string().min(1),
      support_email: z.email(),
    })
    .partial()
    .optional(),
  capabilities: z.strictObject({ card_payments: requested.optional(), transfers: requested.optional() }).optional(),
  metadata: metadata.optional(),
  expand: expand.optional(),
});

const defaultCurrencies: Record<string, string> = { US: "usd", CA: "cad", GB: "gbp", AU: "aud", NZ: "nzd", MX: "mxn" };

// What Stripe asks a new US Express account for, by business type (a realistic subset, not the full list).
const address = ["address.line1", "address.city", "address.state", "address.postal_code"];
const person = ["first_name", "last_name", "email", "phone", "dob.day", "dob.month", "dob.year", "ssn_last_4"];
const prefixed = (prefix: string, fields: string[]) => fields.map((field) => `${prefix}.${field}`);
const dueFor: Record<string, string[]> = {
  individual: prefixed("individual", [...person, ...address]),
  company: [
    ...prefixed("company", ["name", "phone", "tax_id", ...address]),
    ...prefixed("representative", [...person, "relationship.title"]),
    ...prefixed("owners", ["first_name", "last_name"]),
  ],
  none: ["business_type"],
};
const controller = {
  fees: { payer: "application" },
  is_controller: true,
  losses: { payments: "application" },
  requirement_collection: "stripe",
  stripe_dashboard: { type: "express" },
  type: "application",
};

/** `POST /v1/accounts`: an Express connected account of this platform, not yet onboarded (nothing enabled). */
export function createConnectedAccount({ state, params }: { state: AccountState; params: Record<string, unknown> }): StubConnectedAccount {
  const input = parseStubParams(accountParams, params);
  if (input.type !== "express") {
    const message = `The local Stripe stand-in creates Express accounts only: type must be \`express\` (got \`${input.type}\`).`;
    throw new StubApiError(400, "invalid_request_error", message, { param: "type", code: "parameter_invalid" });
  }
  const country = input.country ?? "US";
  const profile = input.business_profile ?? {};
  // Without a capabilities parameter Stripe requests card payments and transfers for a US Express account.
  const wanted = input.capabilities ?? { card_payments: { requested: true }, transfers: { requested: true } };
  const capabilities: StubConnectedAccount["capabilities"] = {};
  if (wanted.card_payments?.requested) capabilities.card_payments = "inactive";
  if (wanted.transfers?.requested) capabilities.transfers = "inactive";
  const typeFields = dueFor[input.business_type === "individual" ? "individual" : input.business_type ? "company" : "none"] ?? [];
  const given = new Set([profile.mcc && "business_profile.mcc", profile.url && "business_profile.url"]);
  const due = ["business_profile.mcc", "business_profile.url", "external_account", "tos_acceptance.date", "tos_acceptance.ip", ...typeFields];
  const id = newStubId("acct");
  const account: StubConnectedAccount = {
    id,
    object: "account",
    business_profile: {
      mcc: profile.mcc ?? null,
      name: profile.name ?? null,
      product_description: profile.product_description ?? null,
      support_email: profile.support_email ?? null,
      url: profile.url ?? null,
    },
    business_type: input.business_type ?? null,
    capabilities,
    charges_enabled: false,
    controller,
    country,
    created: Math.floor(Date.now() / 1000),
    default_currency: defaultCurrencies[country] ?? null,
    details_submitted: false,
    email: input.email ?? null,
    external_accounts: { object: "list", data: [], has_more: false, total_count: 0, url: `/v1/accounts/${id}/external_accounts` },
    future_requirements: buildRequirements([]),
    metadata: input.metadata ?? {},
    payouts_enabled: false,
    requirements: buildRequirements(due.filter((field) => !given.has(field))),
    tos_acceptance: { date: null, ip: null, user_agent: null },
    type: "express",
  };
  state.connectedAccounts.set(id, account);
  return account;
}
