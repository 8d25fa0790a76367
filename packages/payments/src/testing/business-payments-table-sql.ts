/**
 * The table an app's Prisma migrations create for the `BusinessPayment` model (prisma/business-payment.prisma), written
 * as Prisma writes it (its first migration and business_payment_per_business, as one). For tests that have no Prisma
 * schema of their own; a test proves the two agree.
 */
export const businessPaymentsTableSql = `-- CreateTable
CREATE TABLE "business_payments" (
    "id" TEXT NOT NULL,
    "business_id" TEXT NOT NULL,
    "scope_id" TEXT NOT NULL,
    "order_id" TEXT NOT NULL,
    "payment_intent_id" TEXT NOT NULL,
    "charge_id" TEXT,
    "connected_account_id" TEXT NOT NULL,
    "currency" TEXT NOT NULL,
    "gross_cents" INTEGER NOT NULL,
    "fee_cents" INTEGER NOT NULL,
    "refunded_cents" INTEGER NOT NULL DEFAULT 0,
    "fee_refunded_cents" INTEGER NOT NULL DEFAULT 0,
    "paid_at" TIMESTAMPTZ(3) NOT NULL,
    "dispute_status" TEXT,
    "dispute_reason" TEXT,
    "disputed_cents" INTEGER,
    "disputed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "business_payments_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "business_payments_business_id_paid_at_idx" ON "business_payments"("business_id", "paid_at");

-- CreateIndex
CREATE UNIQUE INDEX "business_payments_payment_intent_id_business_id_key" ON "business_payments"("payment_intent_id", "business_id");

-- CreateIndex
CREATE UNIQUE INDEX "business_payments_charge_id_business_id_key" ON "business_payments"("charge_id", "business_id");
`;
