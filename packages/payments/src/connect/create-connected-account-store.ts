import type Stripe from "stripe";
import type { RawSqlClient } from "../create-webhook-event-store";
import { payoutAccountFacts, payoutAccountStatus, type PayoutAccountFacts, type PayoutAccountStatus } from "./payout-account-status";

/** A business's payout account as the app keeps it (the `connected_accounts` table of connected-account.prisma). */
export interface ConnectedAccountRecord extends PayoutAccountFacts {
  id: string;
  businessId: string;
  ownerId: string;
  /** Where the owner is emailed about the business's payments (a dispute); null on accounts made before it was kept. */
  ownerEmail: string | null;
  country: string;
  businessType: string;
  status: PayoutAccountStatus;
  updatedAt: Date;
}

export interface ConnectedAccountStore {
  findByBusiness(businessId: string): Promise<ConnectedAccountRecord | null>;
  /** The business a payment was sent to, by Stripe's account id (acct_…); null when the account is not this app's. */
  findByAccount(accountId: string): Promise<ConnectedAccountRecord | null>;
  /** Keeps a just-created account; a second call for the same business keeps the first (one account per business). */
  record(input: {
    account: Stripe.Account;
    businessId: string;
    ownerId: string;
    ownerEmail: string;
    businessType: string;
  }): Promise<ConnectedAccountRecord>;
  /** The owner who set the account up, back at onboarding: their current email; null when they are not its owner. */
  updateOwnerEmail(input: { businessId: string; ownerId: string; ownerEmail: string }): Promise<ConnectedAccountRecord | null>;
  /** Copies Stripe's current flags onto a known account; null when the account is not one of this app's. */
  applyUpdate(account: Stripe.Account): Promise<ConnectedAccountRecord | null>;
}

interface Row {
  id: string;
  business_id: string;
  owner_id: string;
  owner_email: string | null;
  country: string;
  business_type: string;
  charges_enabled: boolean;
  payouts_enabled: boolean;
  details_submitted: boolean;
  requirements_due: string[] | null;
  updated_at: Date | string;
}

function toRecord(row: Row): ConnectedAccountRecord {
  const facts = {
    chargesEnabled: row.charges_enabled,
    payoutsEnabled: row.payouts_enabled,
    detailsSubmitted: row.details_submitted,
    requirementsDue: row.requirements_due ?? [],
  };
  return {
    id: row.id,
    businessId: row.business_id,
    ownerId: row.owner_id,
    ownerEmail: row.owner_email,
    country: row.country,
    businessType: row.business_type,
    ...facts,
    status: payoutAccountStatus(facts),
    updatedAt: new Date(row.updated_at),
  };
}

/** The payout accounts of one app, on its own database (raw SQL: the package cannot know an app's generated client). */
export function createConnectedAccountStore(db: RawSqlClient): ConnectedAccountStore {
  const first = async (rows: PromiseLike<Row[]>) => {
    const [row] = await rows;
    return row ? toRecord(row) : null;
  };
  const findByBusiness = (businessId: string) =>
    first(db.$queryRaw<Row[]>`
      SELECT id, business_id, owner_id, owner_email, country, business_type, charges_enabled, payouts_enabled, details_submitted,
        requirements_due, updated_at
      FROM connected_accounts WHERE business_id = ${businessId}`);
  return {
    findByBusiness,
    findByAccount: (accountId) =>
      first(db.$queryRaw<Row[]>`
        SELECT id, business_id, owner_id, owner_email, country, business_type, charges_enabled, payouts_enabled, details_submitted,
          requirements_due, updated_at
        FROM connected_accounts WHERE id = ${accountId}`),
    async record({ account, businessId, ownerId, ownerEmail, businessType }) {
      const facts = payoutAccountFacts(account);
      await db.$queryRaw`
        INSERT INTO connected_accounts (id, business_id, owner_id, owner_email, country, business_type, charges_enabled,
          payouts_enabled, details_submitted, requirements_due)
        VALUES (${account.id}, ${businessId}, ${ownerId}, ${ownerEmail}, ${account.country ?? "US"}, ${businessType},
          ${facts.chargesEnabled}, ${facts.payoutsEnabled}, ${facts.detailsSubmitted}, ${facts.requirementsDue})
        ON CONFLICT (business_id) DO NOTHING`;
      const kept = await findByBusiness(businessId);
      if (!kept) throw new Error(`connected account of ${businessId} vanished right after it was recorded`);
      return kept;
    },
    updateOwnerEmail: ({ businessId, ownerId, ownerEmail }) =>
      first(db.$queryRaw<Row[]>`
        UPDATE connected_accounts SET owner_email = ${ownerEmail}, updated_at = now()
        WHERE business_id = ${businessId} AND owner_id = ${ownerId}
        RETURNING id, business_id, owner_id, owner_email, country, business_type, charges_enabled, payouts_enabled,
          details_submitted, requirements_due, updated_at`),
    applyUpdate(account) {
      const facts = payoutAccountFacts(account);
      return first(db.$queryRaw<Row[]>`
        UPDATE connected_accounts SET charges_enabled = ${facts.chargesEnabled}, payouts_enabled = ${facts.payoutsEnabled},
          details_submitted = ${facts.detailsSubmitted}, requirements_due = ${facts.requirementsDue}, updated_at = now()
        WHERE id = ${account.id}
        RETURNING id, business_id, owner_id, owner_email, country, business_type, charges_enabled, payouts_enabled, details_submitted,
          requirements_due, updated_at`);
    },
  };
}
