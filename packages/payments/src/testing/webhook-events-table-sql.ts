/**
 * The table an app's Prisma migration creates for the `StripeWebhookEvent` model in this package's README,
 * written as Prisma writes it. For tests that have no Prisma schema of their own; a test proves the two agree.
 */
export const webhookEventsTableSql = `-- CreateTable
CREATE TABLE "stripe_webhook_events" (
    "id" TEXT NOT NULL,
    "type" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "outcome" TEXT NOT NULL,
    "error" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 1,
    "deliveries" INTEGER NOT NULL DEFAULT 1,
    "received_at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processed_at" TIMESTAMP(3),

    CONSTRAINT "stripe_webhook_events_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "stripe_webhook_events_received_at_idx" ON "stripe_webhook_events"("received_at");
`;
