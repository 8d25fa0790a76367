/**
 * The table an app's Prisma migration creates for the `ConnectedAccount` model (prisma/connected-account.prisma),
 * written as Prisma writes it. For tests that have no Prisma schema of their own; a test proves the two agree.
 */
export const connectedAccountsTableSql = `-- CreateTable
CREATE TABLE "connected_accounts" (
    "id" TEXT NOT NULL,
    "business_id" TEXT NOT NULL,
    "owner_id" TEXT NOT NULL,
    "owner_email" TEXT,
    "country" TEXT NOT NULL,
    "business_type" TEXT NOT NULL,
    "charges_enabled" BOOLEAN NOT NULL DEFAULT false,
    "payouts_enabled" BOOLEAN NOT NULL DEFAULT false,
    "details_submitted" BOOLEAN NOT NULL DEFAULT false,
    "requirements_due" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "created_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "connected_accounts_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "connected_accounts_business_id_key" ON "connected_accounts"("business_id");

-- CreateIndex
CREATE INDEX "connected_accounts_owner_id_idx" ON "connected_accounts"("owner_id");`;
