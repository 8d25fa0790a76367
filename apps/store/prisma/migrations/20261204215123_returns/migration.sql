-- CreateEnum
CREATE TYPE "ReturnStatus" AS ENUM ('requested', 'approved', 'declined');

-- CreateTable
CREATE TABLE "return_requests" (
    "id" UUID NOT NULL,
    "shipment_id" UUID NOT NULL,
    "shop_id" UUID NOT NULL,
    "customer_id" TEXT NOT NULL,
    "status" "ReturnStatus" NOT NULL DEFAULT 'requested',
    "reason" TEXT NOT NULL,
    "details" TEXT NOT NULL DEFAULT '',
    "decline_note" TEXT NOT NULL DEFAULT '',
    "refund_cents" INTEGER NOT NULL,
    "restocked" BOOLEAN NOT NULL DEFAULT false,
    "refund_id" TEXT,
    "refunded_at" TIMESTAMPTZ(3),
    "decided_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "return_requests_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "return_lines" (
    "id" UUID NOT NULL,
    "return_id" UUID NOT NULL,
    "order_line_id" UUID NOT NULL,
    "quantity" INTEGER NOT NULL,

    CONSTRAINT "return_lines_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "return_requests_shop_id_status_created_at_idx" ON "return_requests"("shop_id", "status", "created_at");

-- CreateIndex
CREATE INDEX "return_requests_shipment_id_idx" ON "return_requests"("shipment_id");

-- CreateIndex
CREATE INDEX "return_lines_order_line_id_idx" ON "return_lines"("order_line_id");

-- CreateIndex
CREATE UNIQUE INDEX "return_lines_return_id_order_line_id_key" ON "return_lines"("return_id", "order_line_id");

-- AddForeignKey
ALTER TABLE "return_requests" ADD CONSTRAINT "return_requests_shipment_id_fkey" FOREIGN KEY ("shipment_id") REFERENCES "shipments"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_requests" ADD CONSTRAINT "return_requests_shop_id_fkey" FOREIGN KEY ("shop_id") REFERENCES "shops"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_lines" ADD CONSTRAINT "return_lines_return_id_fkey" FOREIGN KEY ("return_id") REFERENCES "return_requests"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "return_lines" ADD CONSTRAINT "return_lines_order_line_id_fkey" FOREIGN KEY ("order_line_id") REFERENCES "order_lines"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- One open request per shipment: a double-submitted form makes one, and the shop sees one thing to decide.
CREATE UNIQUE INDEX "return_requests_one_open_per_shipment" ON "return_requests"("shipment_id") WHERE "status" = 'requested';

ALTER TABLE "return_lines" ADD CONSTRAINT "return_lines_quantity_positive" CHECK ("quantity" > 0);
ALTER TABLE "return_requests" ADD CONSTRAINT "return_requests_refund_not_negative" CHECK ("refund_cents" >= 0);
