-- DropIndex
DROP INDEX "business_payments_charge_id_key";

-- DropIndex
DROP INDEX "business_payments_payment_intent_id_key";

-- CreateIndex
CREATE UNIQUE INDEX "business_payments_payment_intent_id_business_id_key" ON "business_payments"("payment_intent_id", "business_id");

-- CreateIndex
CREATE UNIQUE INDEX "business_payments_charge_id_business_id_key" ON "business_payments"("charge_id", "business_id");
