-- AlterTable
ALTER TABLE "stripe_webhook_events" ADD COLUMN     "deliveries" INTEGER NOT NULL DEFAULT 1;
